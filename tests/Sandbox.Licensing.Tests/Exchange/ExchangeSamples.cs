using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Domain.Risk;
using Sandbox.Licensing.Exchange;

namespace Sandbox.Licensing.Tests.Exchange;

/// <summary>Source data full of personal details, and the document built from it.</summary>
internal static class ExchangeSamples
{
    public static DateTimeOffset IssuedAt { get; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static ExchangeIssuer Issuer { get; } = new("Netherlands Export Control Office", "NL");

    public static Organization Applicant { get; } = Organization.Register("org-7f3a", "Technische Universiteit Voorbeeld", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), IssuedAt.AddYears(-1));

    /// <summary>Every personal name, user id, e-mail and phone number in the source data.</summary>
    public static IReadOnlyList<string> PersonalData { get; } =
    [
        "Eva Jansen", "eva.jansen@tu-voorbeeld.nl", "+31 20 555 0199", "Rita Regulator", "rita-7781", "Sam Senior", "sam-0042",
        "Technische Universiteit Voorbeeld", "org-7f3a",
    ];

    public static RefusalFacts Refusal { get; } = new(
        "APP-2026-000041.v2",
        Applicant,
        [new ExchangeParty("Orion Dynamics Trading LLC", ["Orion Dynamics", "ODT LLC"], "AE", "end user")],
        "AE",
        ["5A001.j", "5D001.a"],
        "Network interception research for Orion Dynamics; contact Eva Jansen (eva.jansen@tu-voorbeeld.nl, +31 20 555 0199) at Technische Universiteit Voorbeeld.",
        ["C7", "C4"],
        new DateOnly(2026, 11, 20),
        null,
        ["Eva Jansen", "Rita Regulator", "rita-7781"]);

    public static PilotLicence Licence { get; } = new()
    {
        Id = "lic-1",
        Reference = "PL-2026-000007",
        Kind = LicenceKind.Full,
        ApplicationId = "app-9",
        ApplicationReference = "APP-2026-000009",
        ApplicationVersion = 1,
        HolderOrganizationId = Applicant.Id,
        HolderOrganizationName = Applicant.Name,
        PilotTitle = "Lawful intercept pilot",
        TemplateId = "tabular-research",
        Tier = RiskTier.Tier2StandardReview,
        ValidFrom = IssuedAt.AddMonths(-6),
        ValidTo = IssuedAt.AddMonths(6),
        SunsetAt = IssuedAt.AddMonths(6),
        Status = LicenceStatus.Revoked,
        Conditions = new LicenceConditions(),
        Decision = new LicenceDecisionRecord
        {
            Outcome = DecisionOutcome.Approve, DecidedById = "rita-7781", DecidedByName = "Rita Regulator",
            CountersignedById = "sam-0042", CountersignedByName = "Sam Senior", DecidedAt = IssuedAt.AddMonths(-6),
        },
        IssuedAt = IssuedAt.AddMonths(-6),
    };

    public static LicenceActionFacts Revocation { get; } = new(
        Licence,
        new LicenceStatusChange(LicenceStatus.Revoked, IssuedAt.AddDays(-3), "sam-0042", "Sam Senior",
            "Breach of condition C2 reported by Eva Jansen; the holder Technische Universiteit Voorbeeld exported raw identifiers. Call +31 (0)20 555 0199."),
        Applicant,
        ["5A001.j"],
        "AE",
        ["Eva Jansen"]);

    public static LicenceActionFacts Suspension { get; } = Revocation with
    {
        Change = new LicenceStatusChange(LicenceStatus.Suspended, IssuedAt.AddDays(-10), "rita-7781", "Rita Regulator", "Suspended pending investigation, see rita-7781's note of 2026-11-21."),
    };

    /// <summary>A case study as a source contributes it (already anonymized).</summary>
    public static CaseStudyRecord CaseStudy { get; } = new()
    {
        RecordId = "NL:misuse.0123456789abcdef0123",
        SourceId = "misuse.0123456789abcdef0123",
        Holder = ExchangeAnonymizer.Generalize(Applicant),
        Allegation = "breach-of-conditions",
        Severity = "high",
        Response = "suspension",
        Origin = "gateway-telemetry",
        Escalated = true,
        RefusedConditions = ["deniedFields", "purpose"],
        ClassificationCodes = ["SBX-IP-SURV"],
        ControlCodes = ["5A001.j"],
        Tier = 3,
        DestinationRegion = "middle-east-north-africa",
        ReceivedIn = "2026-10",
        ClosedIn = "2026-11",
        Summary = "A suspected breach of a licence's conditions (severity high) under a tier 3 pilot licence held by a research institution in NL.",
    };

    public static AlliedExchangeDocument Build(DateTimeOffset? since = null, int version = AlliedExchangeFormat.Version, bool caseStudy = false) =>
        new AlliedExchangeBuilder(AlliedExchangeSchema.Default).Build(Issuer, IssuedAt, since, [Refusal], [Revocation, Suspension], caseStudy ? [CaseStudy] : [], version);
}
