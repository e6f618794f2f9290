using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sandbox.Identity.Access;
using Sandbox.Identity.Audit;

namespace Sandbox.Web.Api;

/// <summary>
/// <c>/api/audit</c>: verification of the hash-chained audit log and the events of a day, for auditors and
/// administrators (a token needs <c>sandbox.admin</c> and an administrator behind it).
/// </summary>
public static class AuditApi
{
    /// <summary>The longest range one verification reads (about a quarter).</summary>
    public const int MaxDays = 92;

    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/audit").RequireAuthorization(ApiAccess.AuditApiPolicy).WithTags("Audit")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/verification", VerifyAsync).WithName("VerifyAuditLog")
            .WithSummary("Checks every chain of the UTC days from..to (yyyy-MM-dd, default today, at most 92 days) and says where an entry was changed, removed or moved.");
        api.MapGet("/events", EventsAsync).WithName("ListAuditEvents")
            .WithSummary("The events of one UTC day (yyyy-MM-dd, default today), oldest first, optionally of one type.");
        return api;
    }

    private static async Task<Results<Ok<AuditVerificationReport>, ValidationProblem>> VerifyAsync(
        string? from, string? to, AuditChainVerifier verifier, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        var end = ParseDay(to, nameof(to), AuditChains.DayOf(time.GetUtcNow()), problems);
        var start = ParseDay(from, nameof(from), end, problems);
        if (problems.Count == 0 && end < start)
        {
            problems[nameof(to)] = [$"The range ends ({AuditChains.Day(end)}) before it starts ({AuditChains.Day(start)})."];
        }
        else if (problems.Count == 0 && end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            problems[nameof(to)] = [string.Create(CultureInfo.InvariantCulture, $"One verification covers at most {MaxDays} days; split the range.")];
        }

        return problems.Count > 0
            ? TypedResults.ValidationProblem(problems, title: "The verification range is not valid.")
            : TypedResults.Ok(await verifier.VerifyAsync(start, end, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEvent>>, ValidationProblem>> EventsAsync(
        string? day, string? type, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        var read = ParseDay(day, nameof(day), AuditChains.DayOf(time.GetUtcNow()), problems);
        if (type is { Length: > 200 })
        {
            problems[nameof(type)] = ["An event type has at most 200 characters."];
        }

        return problems.Count > 0
            ? TypedResults.ValidationProblem(problems, title: "The request is not valid.")
            : TypedResults.Ok(await audit.ReadDayAsync(read, string.IsNullOrWhiteSpace(type) ? null : type.Trim(), cancellationToken));
    }

    private static DateOnly ParseDay(string? text, string parameter, DateOnly fallback, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return parsed;
        }

        problems[parameter] = [$"'{text}' is not a date as yyyy-MM-dd (UTC), e.g. 2026-12-01."];
        return fallback;
    }
}
