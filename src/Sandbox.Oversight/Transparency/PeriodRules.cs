using System.Globalization;
using System.Text.RegularExpressions;

namespace Sandbox.Oversight.Transparency;

/// <summary>
/// Turns a requested period into a <see cref="ReportPeriod"/>, or says what is wrong with it field by field
/// (<c>year</c>, <c>quarter</c>, <c>from</c>, <c>to</c>, or <c>period</c> for the text form).
/// A period must have started by today (UTC) and a custom one must end by today, start before it ends and span at most five years.
/// </summary>
public static partial class PeriodRules
{
    public const int MaxYears = 5;
    public const int FirstYear = 2000;

    /// <summary>The text form: <c>2026</c>, <c>2026-Q3</c>, <c>2026-01-01..2026-03-31</c> (or a period id, <c>2026-01-01_2026-03-31</c>).</summary>
    public static bool TryParse(string? text, out PeriodRequest? request)
    {
        request = null;
        var match = PeriodPattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["from"].Success)
        {
            if (!TryDay(match.Groups["from"].Value, out var from) || !TryDay(match.Groups["to"].Value, out var to))
            {
                return false;
            }

            request = new PeriodRequest(PeriodKind.Custom, From: from, To: to);
            return true;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        request = match.Groups["quarter"].Success
            ? new PeriodRequest(PeriodKind.Quarter, year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture))
            : new PeriodRequest(PeriodKind.Year, year);
        return true;
    }

    /// <summary>
    /// The first and last day a stored period id names, as it was published: not checked against today's rules, which
    /// may refuse a period that was allowed when it was published.
    /// </summary>
    /// <exception cref="FormatException">The id is not a period id.</exception>
    public static (DateOnly First, DateOnly Last) DaysOf(string periodId)
    {
        if (!TryParse(periodId, out var request))
        {
            throw new FormatException($"'{periodId}' is not a period id.");
        }

        var (year, quarter) = (request!.Year ?? 0, request.Quarter ?? 1);
        return request.Kind switch
        {
            PeriodKind.Year => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            PeriodKind.Quarter => (new DateOnly(year, ((quarter - 1) * 3) + 1, 1), new DateOnly(year, ((quarter - 1) * 3) + 1, 1).AddMonths(3).AddDays(-1)),
            _ => (request.From!.Value, request.To!.Value),
        };
    }

    public const string TextFormHelp = "Use a year (2026), a quarter (2026-Q3) or two UTC dates (2026-01-01..2026-03-31).";

    /// <summary>The period, or null with every problem by field.</summary>
    public static ReportPeriod? Validate(PeriodRequest request, DateTimeOffset now, out IReadOnlyDictionary<string, string[]> problems)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (first, last) = request.Kind switch
        {
            PeriodKind.Year => Year(request, today, errors),
            PeriodKind.Quarter => Quarter(request, today, errors),
            _ => Custom(request, today, errors),
        };
        problems = errors;
        if (errors.Count > 0 || first is not { } from || last is not { } to)
        {
            return null;
        }

        var period = new ReportPeriod(IdOf(request.Kind, from, to), request.Kind, from, to, now);
        return period.End <= now ? period with { Through = period.End } : period;
    }

    private static (DateOnly?, DateOnly?) Year(PeriodRequest request, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (!CheckYear(request.Year, today, errors))
        {
            return (null, null);
        }

        return (new DateOnly(request.Year!.Value, 1, 1), new DateOnly(request.Year.Value, 12, 31));
    }

    private static (DateOnly?, DateOnly?) Quarter(PeriodRequest request, DateOnly today, Dictionary<string, string[]> errors)
    {
        var yearValid = CheckYear(request.Year, today, errors);
        if (request.Quarter is not (>= 1 and <= 4))
        {
            errors["quarter"] = ["Choose a quarter from 1 to 4."];
            return (null, null);
        }

        if (!yearValid)
        {
            return (null, null);
        }

        var first = new DateOnly(request.Year!.Value, (request.Quarter.Value - 1) * 3 + 1, 1);
        if (first > today)
        {
            errors["quarter"] = [$"Q{request.Quarter} {request.Year} has not started yet."];
            return (null, null);
        }

        return (first, first.AddMonths(3).AddDays(-1));
    }

    private static (DateOnly?, DateOnly?) Custom(PeriodRequest request, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (request.From is not { } from)
        {
            errors["from"] = ["Enter the first day of the period."];
        }
        else if (from.Year < FirstYear)
        {
            errors["from"] = [$"Start in {FirstYear} or later."];
        }

        if (request.To is not { } to)
        {
            errors["to"] = ["Enter the last day of the period."];
        }
        else if (to > today)
        {
            errors["to"] = [$"The last day cannot be after today ({Day(today)})."];
        }

        if (errors.Count > 0)
        {
            return (null, null);
        }

        if (request.From > request.To)
        {
            errors["to"] = ["The last day must be on or after the first day."];
        }
        else if (request.To!.Value.AddDays(1) > request.From!.Value.AddYears(MaxYears))
        {
            errors["to"] = [$"A period spans at most {MaxYears} years."];
        }
        else if (IsCalendarPeriod(request.From!.Value, request.To.Value) is { } named)
        {
            // Under another id the same days could be published again with fresh figures, beside the fixed period's report.
            errors["period"] = [$"These days are {named}: choose it as a {(named.Contains('Q', StringComparison.Ordinal) ? "quarter" : "year")} instead."];
        }

        return errors.Count > 0 ? (null, null) : (request.From, request.To);
    }

    private static string? IsCalendarPeriod(DateOnly from, DateOnly to)
    {
        if (from.Day != 1 || to.AddDays(1).Day != 1)
        {
            return null;
        }

        if (from.Month == 1 && to == new DateOnly(from.Year, 12, 31))
        {
            return from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return (from.Month - 1) % 3 == 0 && to == from.AddMonths(3).AddDays(-1)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{from.Year}-Q{((from.Month - 1) / 3) + 1}")
            : null;
    }

    private static bool CheckYear(int? year, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (year is not { } value || value < FirstYear)
        {
            errors["year"] = [$"Enter a year from {FirstYear} to {today.Year}."];
            return false;
        }

        if (value > today.Year)
        {
            errors["year"] = [$"{value} has not started yet; choose {today.Year} or earlier."];
            return false;
        }

        return true;
    }

    private static string IdOf(PeriodKind kind, DateOnly from, DateOnly to) => kind switch
    {
        PeriodKind.Year => from.Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{from.Year}-Q{(from.Month - 1) / 3 + 1}"),
        _ => $"{Day(from)}_{Day(to)}",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    [GeneratedRegex(@"^(?:(?<year>\d{4})(?:-Q(?<quarter>[1-4]))?|(?<from>\d{4}-\d{2}-\d{2})(?:\.\.|_)(?<to>\d{4}-\d{2}-\d{2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
