using System.Globalization;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using Sandbox.Storage.Queries;

namespace Sandbox.Applications.Screening;

/// <summary>
/// Denials notified by allied authorities. Registered (validated; one document per authority and reference, so the
/// same notice twice is refused), listed, withdrawn with the ETag read; each change audited and screened at once on
/// this node (list <see cref="ScreeningLists.AlliedDenials"/>), on the others after their recheck.
/// Results are sorted in memory, not by the store: a cross-partition ORDER BY with filters is what the local Cosmos
/// test server parses in exponential time, and the set of denials is small.
/// </summary>
public sealed partial class AlliedDenialRegistry(DocumentSet<AlliedDenial> denials, ScreeningService screening, AuditLog audit, TimeProvider time)
{
    /// <exception cref="ScreeningValidationException">A field breaks a rule, or the authority's reference is already recorded.</exception>
    public async Task<Versioned<AlliedDenial>> RegisterAsync(AlliedDenialRegistration registration, string recordedBy, CancellationToken cancellationToken = default)
    {
        var denial = AlliedDenial.Register(registration, recordedBy, time.GetUtcNow());
        Versioned<AlliedDenial> saved;
        try
        {
            saved = await denials.CreateAsync(denial, cancellationToken: cancellationToken);
        }
        catch (DocumentConflictException)
        {
            throw new ScreeningValidationException("The allied denial", new Dictionary<string, string[]>
            {
                ["authorityReference"] = [$"{denial.AuthorityCountry} denial {denial.AuthorityReference} is already recorded (id {denial.Id})."],
            });
        }

        await screening.ListsChangedAsync($"allied denial {denial.Id} registered", cancellationToken);
        await audit.AppendAsync(ScreeningAuditEvents.AlliedDenialRegistered, recordedBy, denial.Id, AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["authorityCountry"] = denial.AuthorityCountry,
            ["authorityReference"] = denial.AuthorityReference,
            ["deniedPartyName"] = denial.DeniedPartyName,
            ["partyCountry"] = denial.PartyCountry,
            ["classificationCode"] = denial.ClassificationCode,
            ["deniedOn"] = Iso(denial.DeniedOn),
            ["reviewBy"] = Iso(denial.ReviewBy),
        }, cancellationToken);
        return saved;
    }

    public async Task<Versioned<AlliedDenial>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(id) ? null : await denials.ReadAsync(id, id, cancellationToken);

    /// <summary>Denials, most recent denial date first, optionally of one status.</summary>
    public async Task<IReadOnlyList<Versioned<AlliedDenial>>> ListAsync(AlliedDenialStatus? status = null, CancellationToken cancellationToken = default)
    {
        var query = DocumentQuery.AcrossPartitions().Take(DocumentQuery.MaxPageSize);
        if (status is { } wanted)
        {
            query = query.Where(QueryFilter.Equal("status", wanted));
        }

        var found = await denials.QueryAllAsync(query, cancellationToken).ToListAsync(cancellationToken);
        return [.. found.OrderByDescending(d => d.Value.DeniedOn).ThenBy(d => d.Value.Id, StringComparer.Ordinal)];
    }

    /// <summary>Withdraws the version the regulator saw (<paramref name="etag"/>); a concurrent change is refused.</summary>
    /// <exception cref="DocumentNotFoundException">No such denial.</exception>
    /// <exception cref="DocumentConcurrencyException">It changed since it was read.</exception>
    /// <exception cref="InvalidOperationException">It is already withdrawn.</exception>
    public async Task<Versioned<AlliedDenial>> WithdrawAsync(string id, string etag, string reason, string withdrawnBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(etag);
        var current = await GetAsync(id, cancellationToken) ?? throw new DocumentNotFoundException(ScreeningContainers.AlliedDenials.Name, id, id);
        if (!string.Equals(current.ETag, etag, StringComparison.Ordinal))
        {
            throw new DocumentConcurrencyException(ScreeningContainers.AlliedDenials.Name, id, id);
        }

        var withdrawn = current.Value.Withdraw(reason, withdrawnBy, time.GetUtcNow());
        var saved = await denials.ReplaceAsync(withdrawn, etag, cancellationToken: cancellationToken);
        await screening.ListsChangedAsync($"allied denial {id} withdrawn", cancellationToken);
        await audit.AppendAsync(ScreeningAuditEvents.AlliedDenialWithdrawn, withdrawnBy, id, AuditOutcome.Succeeded,
            new Dictionary<string, string> { ["reason"] = withdrawn.WithdrawalReason!, ["authorityReference"] = withdrawn.AuthorityReference }, cancellationToken);
        return saved;
    }

    /// <summary>
    /// "No undercut" (EU 2021/821 Art. 16): the denials in force (active, not past review) for this catalogue code and
    /// destination country — an authority must consult their authorities before granting an essentially identical transaction.
    /// </summary>
    /// <exception cref="ScreeningValidationException">The code or the country is not valid.</exception>
    public async Task<IReadOnlyList<AlliedDenial>> FindInForceAsync(string classificationCode, string destinationCountry, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ClassificationCodes.TryNormalize(classificationCode, out var code))
        {
            errors["classificationCode"] = [$"'{classificationCode}' is not a catalogue code such as 5A001.j."];
        }

        if (!CountryCode.TryParse(destinationCountry, out var country))
        {
            errors["destinationCountry"] = [$"'{destinationCountry}' is not an ISO 3166-1 alpha-2 country code."];
        }

        if (errors.Count > 0)
        {
            throw new ScreeningValidationException("The denial query", errors);
        }

        var query = DocumentQuery.AcrossPartitions()
            .Where(QueryFilter.Equal("status", AlliedDenialStatus.Active))
            .Where(QueryFilter.Equal("classificationCode", code))
            .Where(QueryFilter.Equal("partyCountry", country.Value))
            .Where(QueryFilter.AtLeast("reviewBy", Iso(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))))
            .Take(DocumentQuery.MaxPageSize);
        var found = await denials.QueryAllAsync(query, cancellationToken).Select(d => d.Value).ToListAsync(cancellationToken);
        return [.. found.OrderByDescending(d => d.DeniedOn).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
