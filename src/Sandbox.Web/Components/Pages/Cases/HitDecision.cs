namespace Sandbox.Web.Components.Pages.Cases;

/// <summary>What a regulator has typed for one hit and what came back: the reason, its problem, any other refusal.</summary>
public sealed class HitDecision
{
    public string? Reason { get; set; }

    /// <summary>Shown beside the reason field.</summary>
    public string? ReasonProblem { get; set; }

    /// <summary>A refusal that is not about the reason (the entry changed, the case moved on).</summary>
    public string? Problem { get; set; }

    public bool Busy { get; set; }

    public static string Key(int partyIndex, string listId, string entryId) => $"{partyIndex}|{listId}|{entryId}";
}
