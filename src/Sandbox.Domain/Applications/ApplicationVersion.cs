using System.Globalization;
using Sandbox.Domain.Risk;

namespace Sandbox.Domain.Applications;

/// <summary>A submitted version, frozen: its content, what screening found and how it was assessed at the time.</summary>
public sealed record ApplicationVersion
{
    public required string Id { get; init; }

    public required string ApplicationId { get; init; }

    public required int Number { get; init; }

    public required ApplicationContent Content { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    public required int CatalogueVersion { get; init; }

    public required IReadOnlyList<PartyScreening> Screening { get; init; }

    public required RiskAssessment Assessment { get; init; }

    public static string IdFor(string applicationId, int number) => string.Create(CultureInfo.InvariantCulture, $"{applicationId}-v{number}");
}
