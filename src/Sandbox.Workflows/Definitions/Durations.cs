using System.Xml;

namespace Sandbox.Workflows.Definitions;

/// <summary>ISO 8601 durations as the definitions write them (<c>P14D</c>, <c>PT72H</c>, <c>-P1D</c>).</summary>
public static class Durations
{
    public static TimeSpan Parse(string value) => XmlConvert.ToTimeSpan(value);

    public static bool TryParse(string? value, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
