namespace Sandbox.Oversight.ExitReports;

/// <summary>The parts only the holder can write: what the pilot learned, its results, where it deviated from the plan, and how the data was disposed of.</summary>
public sealed record ExitNarrative
{
    public string? Learned { get; init; }

    public string? Results { get; init; }

    public string? Deviations { get; init; }

    /// <summary>How the pilot's data was deleted or returned at the end.</summary>
    public string? DataDisposal { get; init; }

    /// <summary>The holder confirms that no pilot data is kept beyond what the licence allows.</summary>
    public bool DataDisposalConfirmed { get; init; }

    public static ExitNarrative Empty { get; } = new();
}
