using Sandbox.Domain.Screening;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Screening;

public sealed partial class AlliedDenialRegistry
{
    /// <summary>
    /// Our periodic review kept the denial: only its review date moves, on the version read (<paramref name="etag"/>),
    /// and it is screened again at once if it had lapsed. The caller validates the date and audits the renewal.
    /// </summary>
    /// <exception cref="DocumentNotFoundException">No such denial.</exception>
    /// <exception cref="DocumentConcurrencyException">It changed since it was read.</exception>
    /// <exception cref="InvalidOperationException">It was withdrawn.</exception>
    public async Task<Versioned<AlliedDenial>> ExtendReviewAsync(string id, string etag, DateOnly reviewBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        var current = await GetAsync(id, cancellationToken) ?? throw new DocumentNotFoundException(ScreeningContainers.AlliedDenials.Name, id, id);
        if (current.Value.Status == AlliedDenialStatus.Withdrawn)
        {
            throw new InvalidOperationException($"Denial {current.Value.AuthorityReference} was withdrawn; a withdrawn denial is not renewed.");
        }

        var saved = await denials.ReplaceAsync(current.Value with { ReviewBy = reviewBy }, etag, cancellationToken: cancellationToken);
        await screening.ListsChangedAsync($"allied denial {id} review extended", cancellationToken);
        return saved;
    }
}
