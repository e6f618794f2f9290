namespace Sandbox.Workflows.Diagrams;

/// <summary>
/// Text widths estimated from Arial's advance widths (a renderer should draw in Arial or Helvetica), close enough to
/// size boxes and keep labels apart without a font engine.
/// </summary>
internal static class TextMetrics
{
    public static double Width(string text, double fontSize)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += Advance(c);
        }

        return ems * fontSize;
    }

    /// <summary>Breaks a label at spaces onto at most two lines no wider than <paramref name="maxWidth"/> when possible.</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double maxWidth)
    {
        if (Width(text, fontSize) <= maxWidth || !text.Contains(' ', StringComparison.Ordinal))
        {
            return [text];
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var best = (First: text, Second: "", Widest: double.MaxValue);
        for (var split = 1; split < words.Length; split++)
        {
            var first = string.Join(' ', words[..split]);
            var second = string.Join(' ', words[split..]);
            var widest = Math.Max(Width(first, fontSize), Width(second, fontSize));
            if (widest < best.Widest)
            {
                best = (first, second, widest);
            }
        }

        return [best.First, best.Second];
    }

    private static double Advance(char c) => c switch
    {
        'i' or 'j' or 'l' or '\'' or '|' or '.' or ',' or ':' or ';' or '!' => 0.23,
        'f' or 't' or 'I' or ' ' or '/' or '(' or ')' or '[' or ']' or '-' => 0.30,
        'r' => 0.34,
        'm' or 'M' => 0.84,
        'w' => 0.73,
        'W' => 0.95,
        >= 'A' and <= 'Z' => 0.68,
        >= '0' and <= '9' => 0.56,
        >= 'a' and <= 'z' => 0.53,
        _ => 0.62,
    };
}
