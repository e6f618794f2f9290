using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;

namespace Sandbox.Applications.Screening;

public sealed partial class AlliedDenialRegistry
{
    /// <summary>
    /// The allied authority changed (or renewed) a denial it notified before: the same notice (authority and reference)
    /// takes the new content, validated like a registration, replacing the version read (<paramref name="etag"/>); the
    /// denial is active again. Audited and screened at once.
    /// </summary>
    /// <exception cref="ScreeningValidationException">A field breaks a rule, or the registration is another notice.</exception>
    /// <exception cref="DocumentConcurrencyException">It changed since it was read.</exception>
    public async Task<Versioned<AlliedDenial>> RenewAsync(string id, string etag, AlliedDenialRegistration registration, string recordedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        var renewed = AlliedDenial.Register(registration, recordedBy, time.GetUtcNow());
        if (!string.Equals(renewed.Id, id, StringComparison.Ordinal))
        {
            throw new ScreeningValidationException("The allied denial", new Dictionary<string, string[]>
            {
                ["authorityReference"] = [$"{renewed.AuthorityCountry} {renewed.AuthorityReference} is not denial {id}."],
            });
        }

        var saved = await denials.ReplaceAsync(renewed, etag, cancellationToken: cancellationToken);
        await screening.ListsChangedAsync($"allied denial {id} renewed", cancellationToken);
        await audit.AppendAsync(ScreeningAuditEvents.AlliedDenialRenewed, recordedBy, id, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["authorityReference"] = renewed.AuthorityReference,
            ["deniedPartyName"] = renewed.DeniedPartyName,
            ["classificationCode"] = renewed.ClassificationCode,
            ["reviewBy"] = Iso(renewed.ReviewBy),
        }, cancellationToken);
        return saved;
    }
}
