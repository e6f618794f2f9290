namespace Sandbox.Workflows.Diagrams;

/// <summary>The sizes the layout works with, in diagram units: a renderer draws state labels at 13 and the rest at 11.</summary>
internal static class DiagramMetrics
{
    public const double StateFontSize = 13;
    public const double SmallFontSize = 11;
    public const double LabelLineHeight = 16;
    public const double ListLineHeight = 14;
    public const double EdgeLabelLineHeight = 15;
    public const double NodePadding = 9;
    public const double HeaderPadding = 7;
    public const double BoxPadding = 14;
    public const double BoxBottomPadding = 14;
    public const double MinNodeWidth = 96;
    public const double MinNodeHeight = 38;
    public const double PortSpacing = 14;
    public const double Margin = 16;
    public const double StartRadius = 7;
    public const double MaxLabelLineWidth = 150;

    /// <summary>The glyph and space in front of a transition listed inside its state.</summary>
    public const string ListedPrefix = "\u21bb ";

    /// <summary>How a transition that stays in its state reads inside the state's box.</summary>
    public static string ListedText(string triggerLabel, bool isInternal) => ListedPrefix + triggerLabel + (isInternal ? "" : " (re-enters)");
}
