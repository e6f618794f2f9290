using Sandbox.Domain.Classification;

namespace Sandbox.Domain.Tests.Classification;

/// <summary>Small catalogues to change one thing at a time.</summary>
internal static class Catalogues
{
    public static readonly DateTimeOffset Published = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static ControlEntry Intrusion { get; } = new(
        "SBX-INT-SYS", "Intrusion software systems", "Systems for the delivery of intrusion software.", ImpactRating.Critical,
        new CrossReferences("4.A.5", "4A005", "4A005"), new DateOnly(2028, 12, 31));

    public static ControlEntry Biometric { get; } = new(
        "SBX-BIO-ID", "Biometric identification", "Identifies people from biometric features.", ImpactRating.High,
        CrossReferences.None, new DateOnly(2027, 6, 30), "EU 2021/821 Art. 5 catch-all");

    public static ControlEntry Research { get; } = new(
        "SBX-RESEARCH-TOOLS", "Non-listed research tooling", "General-purpose tooling.", ImpactRating.Low, new CrossReferences(UsEccn: "EAR99"));

    public static CatalogueVersion Of(int version, params ControlEntry[] entries) => new()
    {
        Version = version,
        EffectiveFrom = Published.AddDays(30),
        PublishedAt = Published,
        PublishedBy = "classification-board",
        ChangeNote = "Test catalogue",
        Entries = entries,
    };

    public static CatalogueVersion Valid() => Of(1, Intrusion, Biometric, Research);
}
