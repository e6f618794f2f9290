using Sandbox.Applications.Intake;
using Sandbox.Identity.Audit;
using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.Proofs;
using Sandbox.Oversight.Tests.ExitReports;
using Sandbox.Storage.Documents;
using static Sandbox.Licensing.Tests.LicensingTestHost;

namespace Sandbox.Oversight.Tests.Proofs;

/// <summary>A written proof of a sandbox's activities: computed from the records, hashed over its canonical JSON, verifiable by id.</summary>
public sealed class ActivityProofTests : IAsyncLifetime
{
    private ExitReportTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await ExitReportTestBed.StartAsync();

    public async Task DisposeAsync() => await _bed.Host.DisposeAsync();

    private ActivityProofs Proofs => _bed.Host.Get<ActivityProofs>();

    [Fact]
    public async Task The_proof_states_the_records_and_its_hash_verifies()
    {
        var licence = await _bed.EndedPilotAsync();

        var proof = await Proofs.RequestAsync(_bed.Host.Applicant, licence.Id);
        var verified = (await Proofs.VerifyAsync(proof.Id))!;

        var statement = verified.Statement;
        Assert.True(verified.Verified);
        Assert.Equal(ProofCanonicalJson.Sha256(verified.CanonicalJson), verified.Sha256);
        Assert.Equal(64, verified.Sha256.Length);
        // A proof states the records when it is asked for: the request refused after the revocation counts too.
        Assert.Equal((licence.Reference, 8, 3), (statement.LicenceReference, statement.GatewayRequests, statement.QueriesAnswered));
        Assert.Equal([new ConditionCount("aggregateOnly", 1), new ConditionCount("declaredPurposes", 2), new ConditionCount("licence", 2)], statement.Refusals);
        Assert.Equal((1, 1, 1), (statement.Exports.Approved, statement.Exports.Rejected, statement.Exports.Downloads));
        Assert.Equal(["Issued", "Active", "Suspended", "Revoked"], statement.StatusChanges.Select(c => c.Status));
        Assert.Equal((licence.ValidFrom, licence.StatusChanges[^1].At), (statement.PeriodFrom, statement.PeriodTo));
        Assert.DoesNotContain("rita", verified.CanonicalJson, StringComparison.OrdinalIgnoreCase);
        var audited = await _bed.Host.Get<AuditLog>().ReadDayAsync(AuditChains.DayOf(_bed.Host.Time.GetUtcNow()), ProofAuditEvents.Issued);
        Assert.Equal(proof.Sha256, Assert.Single(audited, e => e.Subject == licence.Id).Details["sha256"]);
    }

    [Fact]
    public async Task A_changed_statement_no_longer_verifies_and_a_later_proof_of_more_activity_has_another_hash()
    {
        var licence = await _bed.Sandboxes.ActiveLicenceAsync();
        var sandbox = (await _bed.Sandboxes.SandboxAsync(licence))!;
        await _bed.AskAsync(sandbox, ExitReportTestBed.Counted());
        var first = await Proofs.RequestAsync(Regulator, licence.Id);

        await _bed.AskAsync(sandbox, ExitReportTestBed.Counted());
        var second = await Proofs.RequestAsync(Regulator, licence.Id);

        Assert.Equal((1, 2), (first.Statement.QueriesAnswered, second.Statement.QueriesAnswered));
        Assert.NotEqual(first.Sha256, second.Sha256);
        var stored = _bed.Host.Get<DocumentSet<ActivityProof>>();
        var read = (await stored.ReadAsync(first.Id, first.Id))!;
        var inflated = read.Value with { Statement = read.Value.Statement with { QueriesAnswered = 500 } };
        await stored.ReplaceAsync(inflated, read.ETag);
        Assert.False((await Proofs.VerifyAsync(first.Id))!.Verified);
        var rehashed = inflated with { CanonicalJson = ProofCanonicalJson.Serialize(inflated.Statement) };
        Assert.NotEqual(first.Sha256, ProofCanonicalJson.Sha256(rehashed.CanonicalJson));
        Assert.True((await Proofs.VerifyAsync(second.Id))!.Verified);
    }

    [Fact]
    public async Task Only_the_holder_or_a_regulator_requests_one_and_an_unknown_id_is_none()
    {
        var licence = await _bed.Sandboxes.ActiveLicenceAsync();

        await Assert.ThrowsAsync<ExitReportNotFoundException>(() => Proofs.RequestAsync(Tests.Misuse.MisuseTestBed.Watchdog, licence.Id));
        await Assert.ThrowsAsync<CaseForbiddenException>(() => Proofs.RequestAsync(Person("aud", "authority", Sandbox.Domain.Access.SandboxRoles.Auditor), licence.Id));
        Assert.Null(await Proofs.VerifyAsync("PRF-0000"));
    }
}
