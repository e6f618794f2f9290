using System.Globalization;
using Microsoft.AspNetCore.Components;
using Sandbox.Identity.Audit;

namespace Sandbox.Web.Components.Pages.Audit;

/// <summary>
/// The audit log for auditors and administrators: verification of a range of days (<see cref="AuditChainVerifier"/>)
/// with each problem and where it is, and the events of one day.
/// </summary>
public sealed partial class AuditLogPage
{
    private const string DayFormat = "yyyy-MM-dd";

    private string? _from;
    private string? _to;
    private string? _fromError;
    private string? _toError;
    private bool _verifying;
    private AuditVerificationReport? _report;
    private string? _day;
    private string? _dayError;
    private string? _type;
    private bool _loading;
    private IReadOnlyList<AuditEvent>? _events;

    [Inject]
    private AuditChainVerifier Verifier { get; set; } = default!;

    [Inject]
    private AuditLog Log { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    protected override void OnInitialized()
    {
        var today = AuditChains.Day(AuditChains.DayOf(Time.GetUtcNow()));
        (_from, _to, _day) = (today, today, today);
    }

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string ProblemCount(AuditVerificationReport report)
    {
        var count = report.Problems.Count + report.Chains.Sum(c => c.OmittedProblems);
        return count == 1 ? "1 problem" : Count(count) + " problems";
    }

    private async Task VerifyAsync()
    {
        _report = null;
        _fromError = Parse(_from, out var from);
        _toError = Parse(_to, out var to);
        if (_fromError is null && _toError is null && to < from)
        {
            _toError = "The range ends before it starts.";
        }
        else if (_fromError is null && _toError is null && to.DayNumber - from.DayNumber + 1 > Api.AuditApi.MaxDays)
        {
            _toError = string.Create(CultureInfo.InvariantCulture, $"At most {Api.AuditApi.MaxDays} days at once.");
        }

        if (_fromError is not null || _toError is not null)
        {
            return;
        }

        _verifying = true;
        try
        {
            _report = await Verifier.VerifyAsync(from, to);
        }
        finally
        {
            _verifying = false;
        }
    }

    private async Task LoadEventsAsync()
    {
        _dayError = Parse(_day, out var day);
        if (_dayError is not null)
        {
            _events = null;
            return;
        }

        _loading = true;
        try
        {
            _events = await Log.ReadDayAsync(day, string.IsNullOrWhiteSpace(_type) ? null : _type.Trim());
        }
        finally
        {
            _loading = false;
        }
    }

    private static string? Parse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            ? null
            : "Enter a date as yyyy-MM-dd.";
}
