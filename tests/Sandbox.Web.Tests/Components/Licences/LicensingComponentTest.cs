using System.Security.Claims;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sandbox.Applications;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Identity;
using Sandbox.Identity.Access;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using Sandbox.Web.Tests.Components.AdminWorkflows;
using Sandbox.Workflows.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Tests.Components.Licences;

/// <summary>
/// The licence and workflow pages on the app's real services (applications, screening, the workflow runtime with the
/// definitions in <c>workflows/</c>, licensing) over a real embedded store and the base context's fake clock. Licences
/// come from the real path: an applicant submits, a regulator approves, and the clock reaching the start date activates
/// the licence. The worker does not run by itself; <see cref="AdvanceAsync"/> moves the clock and sweeps.
/// </summary>
public abstract class LicensingComponentTest : SignedInComponentTest
{
    /// <summary>One listed entry nobody in the samples resembles: the lists are loaded, so screening is Clear.</summary>
    private const string ScreeningList = """
        9001,"ASCOTEC SCIENCE & TECHNOLOGY GMBH",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID HRB 58745 (Germany)."

        """;

    private readonly TemporaryFolder _folder = new();
    private readonly ServiceProvider _services;

    protected LicensingComponentTest()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IDocumentStore>(TestStores.Sqlite(_folder, Time));
        services.AddSandboxIdentityCore();
        services.AddSandboxApplications();
        services.AddSingleton<FlakyActivity>();
        services.AddSingleton<IWorkflowActivity>(provider => provider.GetRequiredService<FlakyActivity>());
        services.AddSandboxLicensing(o => o.RunWorker = false, reconcileAtStart: false);
        services.AddSandboxProvisioning(purgeWorker: false);
        services.AddSandboxOversight();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Services.AddFallbackServiceProvider(_services);
    }

    protected static CaseActor Regulator { get; } = new("rita", "authority", new HashSet<string>([SandboxRoles.Regulator]));

    protected const string RegulatorName = "Rita Regulator";

    /// <summary>An applicant of the holder organization, <c>TU Example</c>.</summary>
    protected CaseActor Holder { get; private set; } = null!;

    /// <summary>An applicant of another organization, <c>Other Lab</c>.</summary>
    protected CaseActor Outsider { get; private set; } = null!;

    protected T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    protected WorkflowEngine Engine => Get<WorkflowEngine>();

    /// <summary>Creates every container, as start-up does, registers both organizations and loads a screening list.</summary>
    protected async Task StartAsync()
    {
        await _services.GetRequiredService<IDocumentStore>().InitializeAsync(_services.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        var directory = Get<OrganizationDirectory>();
        var holder = await directory.RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        var other = await directory.RegisterAsync("Other Lab", OrganizationType.ResearchInstitution, CountryCode.Parse("BE"), "admin");
        Holder = new CaseActor("ines", holder.Id, new HashSet<string>([SandboxRoles.Applicant]));
        Outsider = new CaseActor("olaf", other.Id, new HashSet<string>([SandboxRoles.Applicant]));
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(ScreeningList));
        await Get<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
    }

    /// <summary>
    /// The applicant submits a Tier 1 pilot starting in 14 days and the regulator approves it for <paramref name="days"/>
    /// days from then; the licence is Issued.
    /// </summary>
    protected async Task<PilotLicence> IssueAsync(CaseActor? applicant = null, int days = 100)
    {
        applicant ??= Holder;
        var now = Time.GetUtcNow();
        var applications = Get<PilotApplications>();
        var created = await applications.CreateAsync(applicant, LicencePilots.Tier1(DateOnly.FromDateTime(now.UtcDateTime).AddDays(14)));
        var submitted = await applications.SubmitAsync(applicant, created.Value.Id, created.ETag);
        var @case = LicensingCases.Current(await Engine.FindBySubjectAsync(submitted.Value.Id)) ?? throw new InvalidOperationException("No case instance.");
        var etag = (await Engine.GetAsync(@case.Id))!.ETag;
        await Get<LicensingCases>().DecideAsync(Regulator, RegulatorName, @case.Id, LicencePilots.Approve(now.AddDays(14), days), etag);
        return Assert.Single(await Get<LicenceRegistry>().ForApplicationAsync(submitted.Value.Id));
    }

    /// <summary>Issues a licence and moves the clock to its start date, when the lifecycle makes it Active.</summary>
    protected async Task<PilotLicence> IssueActiveAsync(CaseActor? applicant = null)
    {
        var issued = await IssueAsync(applicant);
        await AdvanceAsync(issued.ValidFrom - Time.GetUtcNow());
        var active = (await Get<LicenceRegistry>().GetAsync(issued.Id))!.Value;
        Assert.Equal(LicenceStatus.Active, active.Status);
        return active;
    }

    protected async Task<string> LifecycleETagAsync(PilotLicence licence) =>
        (await Engine.GetAsync(CaseDefinitions.LifecycleInstanceId(licence.Id)))!.ETag;

    protected async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        var worker = _services.GetServices<IHostedService>().OfType<WorkflowWorker>().Single();
        while (await worker.SweepAsync(CancellationToken.None))
        {
        }
    }

    protected void SignInAsHolder() => SignIn(Holder.UserId, "Ines Van Dijk", Holder.OrganizationId, SandboxRoles.Applicant);

    protected void SignInAsOutsider() => SignIn(Outsider.UserId, "Olaf Other", Outsider.OrganizationId, SandboxRoles.Applicant);

    protected void SignInAsRegulator() => SignIn(Regulator.UserId, RegulatorName, Regulator.OrganizationId, SandboxRoles.Regulator,
        new Claim(SandboxClaimTypes.AuthenticationMethod, "mfa"));

    protected void SignInAsAdministrator() => SignIn("admin-1", "Ada Administrator", null, SandboxRoles.Administrator,
        new Claim(SandboxClaimTypes.AuthenticationMethod, "mfa"));

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}
