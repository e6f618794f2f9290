namespace Sandbox.Domain.Screening;

/// <summary>A list file that cannot be read as its format requires; <see cref="Line"/> is 1-based, 0 for the file as a whole.</summary>
public sealed class ScreeningListFormatException(int line, string problem)
    : FormatException(line > 0 ? $"Line {line}: {problem}" : problem)
{
    public int Line { get; } = line;

    public string Problem { get; } = problem;
}
