using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;
using Sandbox.Applications.Intake;
using Sandbox.Oversight.Misuse;
using Sandbox.Web.Api;
using Sandbox.Web.Components.Account;

namespace Sandbox.Web.Components.Pages.Misuse;

/// <summary>
/// The report form, rendered on the server without a live connection so it works without sign-in and posts its files
/// with the form. The intake checks everything again and limits the rate per address (never stored).
/// </summary>
public sealed partial class ReportMisusePage
{
    private EditContext _editContext = default!;
    private ValidationMessageStore _problems = default!;
    private readonly List<string> _evidenceProblems = [];
    private MisuseReceipt? _receipt;
    private string? _message;
    private bool _signedIn;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private ReportMisuseInput Input { get; set; } = default!;

    [Inject]
    private IOptions<MisuseOptions> Options { get; set; } = default!;

    private int TriageDays => Options.Value.TriageDays;

    protected override void OnInitialized()
    {
        Input ??= new();
        _editContext = new EditContext(Input);
        _problems = new ValidationMessageStore(_editContext);
        _signedIn = HttpContext.User.Identity?.IsAuthenticated == true;
    }

    private async Task SubmitAsync()
    {
        _problems.Clear();
        _evidenceProblems.Clear();
        var evidence = new List<EvidenceUpload>();
        foreach (var file in HttpContext.Request.Form.Files.Where(f => f.Name == "evidence" && f.Length > 0).Take(MisuseRules.MaxEvidence + 1))
        {
            if (file.Length > AttachmentRules.MaxBytes)
            {
                _evidenceProblems.Add($"{file.FileName}: a file must have at most {AttachmentRules.MaxBytes / 1024} KiB.");
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            evidence.Add(new EvidenceUpload(file.FileName, file.ContentType, buffer.ToArray()));
        }

        if (_evidenceProblems.Count > 0)
        {
            return;
        }

        var reporter = _signedIn
            ? new MisuseReporter(CaseActors.From(HttpContext.User), CaseActors.DisplayName(HttpContext.User), Address)
            : MisuseReporter.Anonymous(Address);
        var submission = new MisuseSubmission
        {
            Allegation = Input.Allegation,
            Description = Input.Description,
            LicenceReference = Input.LicenceReference,
            ReportedParty = Input.ReportedParty,
            ObservedAt = Input.ObservedOn is { } day ? new DateTimeOffset(DateTime.SpecifyKind(day.Date, DateTimeKind.Utc)) : null,
            Evidence = evidence,
            Anonymous = Input.Anonymous,
        };
        try
        {
            _receipt = await Intake.SubmitAsync(reporter, submission);
            HttpContext.Response.Headers.CacheControl = "no-store";
        }
        catch (IntakeValidationException ex)
        {
            foreach (var problem in ex.Problems)
            {
                if (problem.Field.StartsWith("evidence", StringComparison.Ordinal))
                {
                    _evidenceProblems.Add(problem.Message);
                }
                else
                {
                    _problems.Add(_editContext.Field(FieldName(problem.Field)), problem.Message);
                }
            }

            _editContext.NotifyValidationStateChanged();
        }
        catch (MisuseRateLimitedException ex)
        {
            _message = StatusMessages.Error(ex.Message);
        }
    }

    private string Address => ReporterAddress.Of(HttpContext);

    private static string FieldName(string field) => field switch
    {
        "allegation" => nameof(ReportMisuseInput.Allegation),
        "licenceReference" => nameof(ReportMisuseInput.LicenceReference),
        "reportedParty" => nameof(ReportMisuseInput.ReportedParty),
        "observedAt" => nameof(ReportMisuseInput.ObservedOn),
        _ => nameof(ReportMisuseInput.Description),
    };
}
