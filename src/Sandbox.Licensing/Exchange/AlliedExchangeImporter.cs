using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Screening;
using Sandbox.Identity.Audit;
using Sandbox.Storage.Documents;

namespace Sandbox.Licensing.Exchange;

/// <summary>
/// Imports an ally's exchange document: validated against the schema first (nothing is written when it fails), then
/// record by record, idempotent by <c>recordId</c> and content hash. Denials are recorded through
/// <see cref="AlliedDenialRegistry"/> (one allied denial per denied party and control code, keeping the review-by
/// date), so screening and the "no undercut" check use them; suspensions, revocations and case studies are kept as
/// records (information: they screen nothing). A denial is in force through its review-by day, as screening counts it.
/// </summary>
public sealed class AlliedExchangeImporter(
    AlliedExchangeSchema schema, DocumentSet<ImportedExchangeRecord> imported, AlliedDenialRegistry denials, AuditLog audit, TimeProvider time)
{
    /// <exception cref="ExchangeSchemaException">The document breaks the schema; the problems name their paths.</exception>
    /// <exception cref="ScreeningValidationException">A denial breaks a rule of allied denials.</exception>
    public async Task<ExchangeImportResult> ImportAsync(JsonElement document, string importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        var problems = schema.Check(document);
        if (problems.Count > 0)
        {
            await audit.AppendAsync(ExchangeAuditEvents.Import, importedBy, "allied-exchange", AuditOutcome.Refused, new Dictionary<string, string>
            {
                ["problems"] = problems.Count.ToString(CultureInfo.InvariantCulture),
                ["firstProblem"] = $"{problems[0].Path}: {problems[0].Message}",
            }, cancellationToken);
            throw new ExchangeSchemaException(problems);
        }

        var parsed = document.Deserialize<AlliedExchangeDocument>(AlliedExchangeFormat.Json)!;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        EnsureDenialsValid(parsed, importedBy);
        int added = 0, updated = 0, unchanged = 0, expired = 0, withdrawn = 0;
        var denialIds = new List<string>();
        foreach (var record in parsed.Records)
        {
            var content = JsonSerializer.Serialize(record, AlliedExchangeFormat.Json);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
            var id = IdFor(record.RecordId);
            var existing = await imported.ReadAsync(id, id, cancellationToken);
            if (existing is not null && existing.Value.ContentHash == hash)
            {
                unchanged++;
                denialIds.AddRange(existing.Value.DenialIds);
                continue;
            }

            var ids = new List<string>();
            if (record is DenialRecord denial)
            {
                if (!denial.IsInForceOn(today))
                {
                    expired++;
                }
                else
                {
                    ids.AddRange(await RecordDenialAsync(parsed.Issuer, denial, importedBy, cancellationToken));
                }

                foreach (var stale in existing?.Value.DenialIds.Except(ids, StringComparer.Ordinal) ?? [])
                {
                    withdrawn += await WithdrawAsync(stale, record.RecordId, importedBy, cancellationToken) ? 1 : 0;
                }
            }

            var stored = new ImportedExchangeRecord
            {
                Id = id, RecordId = record.RecordId, Type = TypeOf(record), IssuerCountry = parsed.Issuer.Country, IssuerAuthority = parsed.Issuer.Authority, ContentHash = hash,
                Content = content, DenialIds = ids, ImportedAt = time.GetUtcNow(), ImportedBy = importedBy,
            };
            if (existing is null)
            {
                await imported.CreateAsync(stored, cancellationToken: cancellationToken);
                added++;
            }
            else
            {
                await imported.ReplaceAsync(stored, existing.ETag, cancellationToken: cancellationToken);
                updated++;
            }

            denialIds.AddRange(ids);
        }

        await audit.AppendAsync(ExchangeAuditEvents.Import, importedBy, "allied-exchange", AuditOutcome.Succeeded, new Dictionary<string, string>
        {
            ["issuer"] = parsed.Issuer.Authority,
            ["issuerCountry"] = parsed.Issuer.Country,
            ["issuedAt"] = parsed.IssuedAt.ToString("O", CultureInfo.InvariantCulture),
            ["added"] = added.ToString(CultureInfo.InvariantCulture),
            ["updated"] = updated.ToString(CultureInfo.InvariantCulture),
            ["unchanged"] = unchanged.ToString(CultureInfo.InvariantCulture),
            ["expired"] = expired.ToString(CultureInfo.InvariantCulture),
            ["withdrawn"] = withdrawn.ToString(CultureInfo.InvariantCulture),
            ["version"] = parsed.Version.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);
        return new ExchangeImportResult(added, updated, unchanged, expired, withdrawn, [.. denialIds.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>An imported record, by its record id (<c>NL:APP-2026-000041.v2.AE</c>).</summary>
    public async Task<ImportedExchangeRecord?> GetAsync(string recordId, CancellationToken cancellationToken = default)
    {
        var id = IdFor(recordId);
        return (await imported.ReadAsync(id, id, cancellationToken))?.Value;
    }

    /// <summary>
    /// Every denial in force is checked against the rules of allied denials before anything is written, so a document
    /// is imported whole or not at all; problems are named by record (<c>records[0].deniedOn</c>).
    /// </summary>
    private void EnsureDenialsValid(AlliedExchangeDocument document, string importedBy)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var index = 0; index < document.Records.Count; index++)
        {
            if (document.Records[index] is not DenialRecord denial || !denial.IsInForceOn(today))
            {
                continue;
            }

            foreach (var registration in Registrations(document.Issuer, denial))
            {
                try
                {
                    AlliedDenial.Register(registration, importedBy, time.GetUtcNow());
                }
                catch (ScreeningValidationException ex)
                {
                    foreach (var (field, messages) in ex.Errors)
                    {
                        errors.TryAdd(string.Create(CultureInfo.InvariantCulture, $"records[{index}].{field}"), messages);
                    }
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ScreeningValidationException("The exchange document's denials", errors);
        }
    }

    /// <summary>One denial per party and code; the reference ties it to the record (<c>NL:APP-2026-000001#1/5A001.j</c>).</summary>
    private static IEnumerable<AlliedDenialRegistration> Registrations(ExchangeIssuer issuer, DenialRecord denial) =>
        denial.Parties.SelectMany((party, index) => denial.ControlCodes.Select(code => new AlliedDenialRegistration(
            issuer.Country, string.Create(CultureInfo.InvariantCulture, $"{denial.RecordId}#{index + 1}/{code}"), party.Name,
            party.Aliases, denial.Destination, code, denial.EndUse, denial.DecidedOn, denial.ReviewBy)));

    private async Task<IReadOnlyList<string>> RecordDenialAsync(ExchangeIssuer issuer, DenialRecord denial, string importedBy, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var registration in Registrations(issuer, denial))
        {
            var id = AlliedDenial.IdFor(registration.AuthorityCountry, registration.AuthorityReference);
            var current = await denials.GetAsync(id, cancellationToken);
            if (current is null)
            {
                await denials.RegisterAsync(registration, importedBy, cancellationToken);
            }
            else if (!SameContent(current.Value, registration))
            {
                await denials.RenewAsync(id, current.ETag, registration, importedBy, cancellationToken);
            }

            ids.Add(id);
        }

        return ids;
    }

    private async Task<bool> WithdrawAsync(string denialId, string recordId, string importedBy, CancellationToken cancellationToken)
    {
        if (await denials.GetAsync(denialId, cancellationToken) is not { Value.Status: AlliedDenialStatus.Active } current)
        {
            return false;
        }

        await denials.WithdrawAsync(denialId, current.ETag, $"No longer in exchange record {recordId}.", importedBy, cancellationToken);
        return true;
    }

    private static bool SameContent(AlliedDenial current, AlliedDenialRegistration registration) =>
        current.Status == AlliedDenialStatus.Active
        && current.DeniedPartyName == registration.DeniedPartyName.Trim()
        && current.Aliases.SequenceEqual(registration.Aliases ?? [])
        && current.PartyCountry == registration.PartyCountry
        && current.EndUseSummary == registration.EndUseSummary.Trim()
        && current.DeniedOn == registration.DeniedOn
        && current.ReviewBy == registration.ReviewBy;

    private static string TypeOf(ExchangeRecord record) => record switch
    {
        DenialRecord => AlliedExchangeFormat.DenialType,
        RevocationRecord => AlliedExchangeFormat.RevocationType,
        SuspensionRecord => AlliedExchangeFormat.SuspensionType,
        CaseStudyRecord => AlliedExchangeFormat.CaseStudyType,
        _ => throw new ArgumentException($"Unknown exchange record {record.GetType().Name}.", nameof(record)),
    };

    private static string IdFor(string recordId) =>
        "ax-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recordId.ToUpperInvariant())))[..24];
}
