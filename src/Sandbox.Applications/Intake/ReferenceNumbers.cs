using System.Globalization;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Intake;

/// <summary>
/// Hands out readable, gap-tolerant, never-repeated references (<c>APP-2026-000123</c>). Each number is taken
/// by replacing the year's counter with its ETag, so two nodes never hand out the same one.
/// </summary>
public sealed class ReferenceNumbers(DocumentSet<ReferenceSequence> sequences, TimeProvider time)
{
    private const int Attempts = 20;

    public async Task<string> NextAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var year = time.GetUtcNow().Year;
        var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}");
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            try
            {
                var current = await sequences.ReadAsync(id, id, cancellationToken);
                long next;
                if (current is null)
                {
                    next = 1;
                    await sequences.CreateAsync(new ReferenceSequence(id, next), cancellationToken: cancellationToken);
                }
                else
                {
                    next = current.Value.Last + 1;
                    await sequences.ReplaceAsync(current.Value with { Last = next }, current.ETag, cancellationToken: cancellationToken);
                }

                return string.Create(CultureInfo.InvariantCulture, $"{id}-{next:D6}");
            }
            catch (Exception ex) when (ex is DocumentConcurrencyException or DocumentConflictException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 10 + (attempt * 10))), cancellationToken);
            }
        }

        throw new StoreUnavailableException($"No reference number could be taken under {id} after {Attempts} attempts.");
    }
}
