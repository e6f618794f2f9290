namespace Sandbox.Oversight.Misuse;

/// <summary>What a reporter sends. <see cref="Anonymous"/> keeps a signed-in reporter's identity off the report.</summary>
public sealed record MisuseSubmission
{
    public MisuseAllegation? Allegation { get; init; }

    public string? Description { get; init; }

    public string? LicenceReference { get; init; }

    public string? ReportedParty { get; init; }

    public DateTimeOffset? ObservedAt { get; init; }

    public IReadOnlyList<EvidenceUpload> Evidence { get; init; } = [];

    public bool Anonymous { get; init; }
}

public sealed record EvidenceUpload(string FileName, string ContentType, byte[] Content);

/// <summary>What the reporter is told once: the reference and, for anonymous reports, the key to follow it up.</summary>
public sealed record MisuseReceipt(string ReportId, string Reference, string? FollowUpKey);
