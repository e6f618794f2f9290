using System.Text.Json;
using System.Text.RegularExpressions;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Licensing;
using Sandbox.Licensing.Tests;
using Sandbox.Oversight.ExitReports;
using Sandbox.Storage.Documents;
using Sandbox.Storage.Errors;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.ExitReports;

/// <summary>The holder completes and submits; an independent regulator accepts or returns; publication needs both to agree.</summary>
public sealed class ExitReportFlowTests : IAsyncLifetime
{
    private ExitReportTestBed _bed = null!;
    private PilotLicence _licence = null!;
    private Versioned<ExitReport> _draft = null!;

    public async Task InitializeAsync()
    {
        _bed = await ExitReportTestBed.StartAsync();
        _licence = await _bed.EndedPilotAsync();
        _draft = (await _bed.Reports.AssembleAsync(_bed.Host.Applicant, _licence.Id)).Report;
    }

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private CaseActor Holder => _bed.Host.Applicant;

    [Fact]
    public async Task An_incomplete_narrative_is_refused_at_submission_field_by_field()
    {
        var saved = await _bed.Reports.SaveNarrativeAsync(Holder, _licence.Id, _draft.ETag, new ExitNarrative { Learned = "Too short" });

        var refused = await Assert.ThrowsAsync<IntakeValidationException>(() => _bed.Reports.SubmitAsync(Holder, _licence.Id, saved.ETag));

        Assert.Equal(["learned", "results", "deviations", "dataDisposal", "dataDisposalConfirmed"], refused.Problems.Select(p => p.Field));
        var tooLong = await Assert.ThrowsAsync<IntakeValidationException>(() =>
            _bed.Reports.SaveNarrativeAsync(Holder, _licence.Id, saved.ETag, new ExitNarrative { Results = new string('x', ExitReportRules.MaxText + 1) }));
        Assert.Equal("results", Assert.Single(tooLong.Problems).Field);
    }

    [Fact]
    public async Task The_holder_cannot_accept_nor_can_a_regulator_of_its_own_organization_and_a_regulator_returns_then_accepts()
    {
        var saved = await _bed.Reports.SaveNarrativeAsync(Holder, _licence.Id, _draft.ETag, ExitReportTestBed.Narrative);
        await Assert.ThrowsAsync<CaseForbiddenException>(() => _bed.Reports.SaveNarrativeAsync(Regulator, _licence.Id, saved.ETag, ExitReportTestBed.Narrative));
        var submitted = await _bed.Reports.SubmitAsync(Holder, _licence.Id, saved.ETag);

        await Assert.ThrowsAsync<CaseForbiddenException>(() => _bed.Reports.AcceptAsync(Holder, _licence.Id, submitted.ETag));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => _bed.Reports.AcceptAsync(_bed.InHouseRegulator, _licence.Id, submitted.ETag));
        await Assert.ThrowsAsync<IntakeValidationException>(() => _bed.Reports.ReturnAsync(Regulator, _licence.Id, submitted.ETag, " "));
        var returned = await _bed.Reports.ReturnAsync(Regulator, _licence.Id, submitted.ETag, "Give the false positive rate per protocol.");
        await Assert.ThrowsAsync<DocumentConcurrencyException>(() => _bed.Reports.SubmitAsync(Holder, _licence.Id, submitted.ETag));
        await Assert.ThrowsAsync<CaseStateException>(() => _bed.Reports.AcceptAsync(Regulator, _licence.Id, returned.ETag));

        var resubmitted = await _bed.Reports.SubmitAsync(Holder, _licence.Id, returned.ETag);
        var accepted = await _bed.Reports.AcceptAsync(SecondRegulator, _licence.Id, resubmitted.ETag);

        Assert.Equal(ExitReportStatus.Accepted, accepted.Value.Status);
        Assert.Equal("Give the false positive rate per protocol.", returned.Value.ReturnReason);
        Assert.Equal(["assembled", "narrative-saved", "submitted", "returned", "submitted", "accepted"], accepted.Value.History.Select(h => h.Step));
        await Assert.ThrowsAsync<CaseStateException>(() => _bed.Reports.SaveNarrativeAsync(Holder, _licence.Id, accepted.ETag, ExitReportTestBed.Narrative));
    }

    [Fact]
    public async Task It_is_published_only_once_both_agree_and_its_public_form_names_no_person()
    {
        var accepted = await AcceptedAsync(ExitReportTestBed.Narrative with { Results = "Ask ines@tu-example.nl or Rita for the scores; 0.93 accuracy overall." });
        var approved = await _bed.Reports.ApprovePublicationAsync(Regulator, _licence.Id, accepted.ETag);
        Assert.False(approved.Value.Published);
        Assert.Null(await _bed.Reports.PublishedAsync(_licence.Id));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => _bed.Reports.ConsentAsync(Regulator, _licence.Id, approved.ETag, true, HolderNaming.Named));

        var consented = await _bed.Reports.ConsentAsync(Holder, _licence.Id, approved.ETag, true, HolderNaming.Generalized);

        Assert.True(consented.Value.Published);
        var published = (await _bed.Reports.PublishedAsync(_licence.Id))!;
        Assert.Equal("research institution in NL", published.Holder);
        Assert.Single(await _bed.Reports.ListPublishedAsync());
        var payload = JsonSerializer.Serialize(published, StorageJson.Options);
        var contact = Pilots.Tier1.Contact!;
        string[] personal = [contact.Name!, contact.Email!, "ines@tu-example.nl", "Rita", Holder.UserId, Regulator.UserId, "TU Example", .. _licence.StatusChanges.Select(c => c.ActorName).Where(n => n != "Sandbox")];
        foreach (var name in personal)
        {
            Assert.DoesNotMatch(new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase), payload);
        }

        Assert.Contains("0.93 accuracy overall", payload, StringComparison.Ordinal);
        var withdrawn = await _bed.Reports.ConsentAsync(Holder, _licence.Id, consented.ETag, false, HolderNaming.Generalized);
        Assert.False(withdrawn.Value.Published);
        Assert.Null(await _bed.Reports.PublishedAsync(_licence.Id));
    }

    [Fact]
    public async Task A_holder_that_chose_to_be_named_is_named_once_published()
    {
        var accepted = await AcceptedAsync(ExitReportTestBed.Narrative);
        var consented = await _bed.Reports.ConsentAsync(Holder, _licence.Id, accepted.ETag, true, HolderNaming.Named);
        Assert.False(consented.Value.Published);

        await _bed.Reports.ApprovePublicationAsync(Regulator, _licence.Id, consented.ETag);

        Assert.Equal("TU Example", (await _bed.Reports.PublishedAsync(_licence.Id))!.Holder);
    }

    private async Task<Versioned<ExitReport>> AcceptedAsync(ExitNarrative narrative)
    {
        var saved = await _bed.Reports.SaveNarrativeAsync(Holder, _licence.Id, _draft.ETag, narrative);
        var submitted = await _bed.Reports.SubmitAsync(Holder, _licence.Id, saved.ETag);
        return await _bed.Reports.AcceptAsync(Regulator, _licence.Id, submitted.ETag);
    }
}
