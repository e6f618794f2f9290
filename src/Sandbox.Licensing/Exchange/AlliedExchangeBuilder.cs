using System.Globalization;
using System.Text.Json;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Screening;

namespace Sandbox.Licensing.Exchange;

/// <summary>
/// Builds the export document from this instance's refusals, suspensions and revocations, anonymized
/// (<see cref="ExchangeAnonymizer"/>): holders are generalized, people's names, e-mails, phone numbers and user ids
/// are removed from every text; denied parties are kept by name, since allies screen them. The document is checked
/// against the schema before it is returned. Pure: no I/O but the schema read once.
/// </summary>
public sealed class AlliedExchangeBuilder(AlliedExchangeSchema schema)
{
    public const int MaxEndUseLength = 2000;

    public const int MaxReasonLength = 1000;

    /// <param name="contributed">Records of other sources (<see cref="IExchangeRecordSource"/>), already anonymized and limited to <paramref name="since"/>.</param>
    /// <param name="version">The format version to write; records it cannot carry (case studies in version 1) are left out.</param>
    /// <exception cref="ExchangeSchemaException">The built document breaks the schema (a bug or an unusable source record).</exception>
    public AlliedExchangeDocument Build(
        ExchangeIssuer issuer, DateTimeOffset issuedAt, DateTimeOffset? since, IEnumerable<RefusalFacts> refusals, IEnumerable<LicenceActionFacts> actions,
        IEnumerable<ExchangeRecord>? contributed = null, int version = AlliedExchangeFormat.Version)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(actions);
        if (!AlliedExchangeFormat.Versions.Contains(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"Versions written: {string.Join(", ", AlliedExchangeFormat.Versions)}.");
        }

        var records = new List<ExchangeRecord>();
        var sinceDate = since is { } s ? DateOnly.FromDateTime(s.UtcDateTime) : (DateOnly?)null;
        records.AddRange(refusals.Where(r => sinceDate is null || r.DecidedOn >= sinceDate).Select(r => Denial(issuer, r)));
        records.AddRange(actions.Where(a => since is null || a.Change.At >= since).Select(a => Action(issuer, a)));
        records.AddRange(contributed ?? []);
        var document = new AlliedExchangeDocument(AlliedExchangeFormat.Name, version, issuer, issuedAt, since,
            [.. records.Where(r => AlliedExchangeFormat.Carries(version, r)).OrderBy(r => r.RecordId, StringComparer.Ordinal)]);
        schema.Ensure(ToJson(document));
        return document;
    }

    public static JsonElement ToJson(AlliedExchangeDocument document) => JsonSerializer.SerializeToElement(document, AlliedExchangeFormat.Json);

    private static DenialRecord Denial(ExchangeIssuer issuer, RefusalFacts refusal)
    {
        var names = refusal.PersonalNames.Append(refusal.Applicant.Name).Append(refusal.Applicant.Id);
        return new DenialRecord
        {
            RecordId = AlliedExchangeFormat.RecordId(issuer.Country, refusal.SourceId),
            SourceId = refusal.SourceId,
            Destination = refusal.Destination,
            ControlCodes = Codes(refusal.ControlCodes),
            Holder = ExchangeAnonymizer.Generalize(refusal.Applicant),
            Parties = [.. refusal.DeniedParties.Select(p => p with { Aliases = p.Aliases is { Count: > 0 } ? p.Aliases : null })],
            EndUse = Clip(ExchangeAnonymizer.Scrub(refusal.EndUse, names), MaxEndUseLength),
            ReasonCodes = refusal.ReasonCodes,
            DecidedOn = refusal.DecidedOn,
            ReviewBy = refusal.ReviewBy ?? refusal.DecidedOn.AddYears(AlliedDenial.DefaultReviewYears),
        };
    }

    private static LicenceActionRecord Action(ExchangeIssuer issuer, LicenceActionFacts action)
    {
        var licence = action.Licence;
        var sourceId = string.Create(CultureInfo.InvariantCulture, $"{licence.Reference}.{action.Change.Status.ToString().ToLowerInvariant()}.{action.Change.At.UtcDateTime:yyyyMMddHHmmss}");
        var names = action.PersonalNames
            .Concat([action.Change.ActorId, action.Change.ActorName, licence.Decision.DecidedById, licence.Decision.DecidedByName, licence.HolderOrganizationName, licence.HolderOrganizationId, action.Holder.Name])
            .Concat([licence.Decision.CountersignedById ?? "", licence.Decision.CountersignedByName ?? ""]);
        var recordId = AlliedExchangeFormat.RecordId(issuer.Country, sourceId);
        var reason = Clip(ExchangeAnonymizer.Scrub(action.Change.Reason, names), MaxReasonLength);
        var holder = ExchangeAnonymizer.Generalize(action.Holder);
        var codes = Codes(action.ControlCodes);
        return action.Change.Status switch
        {
            LicenceStatus.Revoked => new RevocationRecord
            {
                RecordId = recordId, SourceId = sourceId, LicenceReference = licence.Reference, ControlCodes = codes,
                Destination = action.Destination, Reason = reason, At = action.Change.At, Holder = holder,
            },
            LicenceStatus.Suspended => new SuspensionRecord
            {
                RecordId = recordId, SourceId = sourceId, LicenceReference = licence.Reference, ControlCodes = codes,
                Destination = action.Destination, Reason = reason, At = action.Change.At, Holder = holder,
            },
            _ => throw new ArgumentException($"Only suspensions and revocations are exchanged, not {action.Change.Status}.", nameof(action)),
        };
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string[] Codes(IEnumerable<string> codes) =>
        [.. codes.Select(c => ClassificationCodes.TryNormalize(c, out var code) ? code : c).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
