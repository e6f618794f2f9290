using Sandbox.Applications.Screening;

namespace Sandbox.Applications.Intake;

/// <summary>The latest version's parties screened now, each hit with the adjudication remembered for it.</summary>
public sealed record CaseScreeningView(string ApplicationId, int Version, IReadOnlyList<PartyScreeningView> Parties);

public sealed record PartyScreeningView(int PartyIndex, string PartyName, string? Country, IReadOnlyList<ScreenedList> Lists, IReadOnlyList<ScreeningMatch> Hits);
