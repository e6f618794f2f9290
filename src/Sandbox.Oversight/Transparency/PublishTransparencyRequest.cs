namespace Sandbox.Oversight.Transparency;

/// <summary>The body of <c>POST /api/transparency/reports</c>.</summary>
/// <param name="Period">As in the preview: <c>2026</c>, <c>2026-Q3</c> or <c>2026-01-01..2026-03-31</c>.</param>
public sealed record PublishTransparencyRequest(string? Period, bool NewRevision = false, string? Reason = null);
