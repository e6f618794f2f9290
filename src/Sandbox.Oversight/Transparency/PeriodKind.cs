namespace Sandbox.Oversight.Transparency;

/// <summary>How a report's period was chosen.</summary>
public enum PeriodKind
{
    Year,
    Quarter,
    Custom,
}
