using System.Security.Claims;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Sandbox.Applications;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Organizations;
using Sandbox.Identity;
using Sandbox.Identity.Access;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing;
using Sandbox.Licensing.Cases;
using Sandbox.Licensing.Licences;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning;
using Sandbox.Provisioning.Environments;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using Sandbox.Web.Tests.Components.Licences;
using Sandbox.Workflows.Hosting;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Web.Tests.Components.Sandboxes;

/// <summary>
/// The sandbox pages on the app's real services: applications, screening, the workflow runtime with the definitions in
/// <c>workflows/</c>, licensing and provisioning over a real embedded store and a fake clock. A sandbox comes from the
/// real path: an applicant submits, a regulator approves, the clock reaches the start date and the licence's lifecycle
/// provisions it. The worker does not run by itself; <see cref="AdvanceAsync"/> moves the clock and sweeps.
/// </summary>
/// <remarks>
/// Not built on <see cref="SignedInComponentTest"/>: these pages open their own DI scopes (<c>IServiceScopeFactory</c>)
/// for the scoped gateway and airlock, and a scope of the renderer's container never reaches bUnit's fallback provider,
/// while <see cref="ComponentTestContext"/> locks that container in its constructor (SetRendererInfo builds it). So the
/// app's services are registered in the renderer's own container here, before anything resolves from it.
/// </remarks>
public abstract class SandboxComponentTest : BunitContext, IAsyncLifetime
{
    protected const string Purpose = "Evaluate intrusion detection on synthetic flows";

    protected const string RegulatorName = "Rita Regulator";

    /// <summary>One listed entry nobody in the samples resembles: the lists are loaded, so screening is Clear.</summary>
    private const string ScreeningList = """
        9001,"ASCOTEC SCIENCE & TECHNOLOGY GMBH",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID HRB 58745 (Germany)."

        """;

    private readonly TemporaryFolder _folder = new();
    private ClaimsPrincipal _user = new(new ClaimsIdentity());

    protected SandboxComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton<IDocumentStore>(TestStores.Sqlite(_folder, Time));
        Services.AddSandboxIdentityCore();
        Services.AddSandboxApplications();
        Services.AddSandboxLicensing(o => o.RunWorker = false, reconcileAtStart: false);
        Services.AddSandboxProvisioning(purgeWorker: false);
        Services.AddSandboxOversight();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));

    /// <summary>Aggregates only, no raw identifiers, one declared purpose, exports reviewed: what the pages enforce and show.</summary>
    protected static LicenceConditions Conditions { get; } = new()
    {
        RetentionDays = 30,
        DataLocalizationRegion = "EU",
        AggregateOnly = true,
        MinimumCellSize = 10,
        NoRawIdentifiers = true,
        MaxRowsPerQuery = 1000,
        QueriesPerDay = 100,
        ExportRequiresReview = true,
        TelemetryRequired = true,
        DeclaredPurposes = [Purpose],
    };

    protected static CaseActor Regulator { get; } = new("rita", "authority", new HashSet<string>([SandboxRoles.Regulator]));

    /// <summary>The applicant of <c>TU Example</c> (NL, so EU) who creates the application: the sandbox's named researcher.</summary>
    protected CaseActor Researcher { get; private set; } = null!;

    /// <summary>An applicant of another organization, <c>Other Lab</c>.</summary>
    protected CaseActor Outsider { get; private set; } = null!;

    protected T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs against a scoped service (the gateway, the airlock) as the pages do, in a scope of its own.</summary>
    protected async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>
    /// Creates the containers, registers both organizations, loads a screening list, takes a Tier 1 pilot through
    /// approval to an active licence and returns its sandbox, which the lifecycle has made Ready.
    /// </summary>
    protected async Task<SandboxEnvironment> ReadySandboxAsync()
    {
        await Get<IDocumentStore>().InitializeAsync(Services.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        var directory = Get<OrganizationDirectory>();
        var holder = await directory.RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        var other = await directory.RegisterAsync("Other Lab", OrganizationType.ResearchInstitution, CountryCode.Parse("BE"), "admin");
        Researcher = new CaseActor("ines", holder.Id, new HashSet<string>([SandboxRoles.Applicant]));
        Outsider = new CaseActor("olaf", other.Id, new HashSet<string>([SandboxRoles.Applicant]));
        using (var csv = new MemoryStream(Encoding.UTF8.GetBytes(ScreeningList)))
        {
            await Get<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
        }

        var start = Time.GetUtcNow().AddDays(14);
        var applications = Get<PilotApplications>();
        var created = await applications.CreateAsync(Researcher, LicencePilots.Tier1(DateOnly.FromDateTime(start.UtcDateTime)));
        var submitted = await applications.SubmitAsync(Researcher, created.Value.Id, created.ETag);
        var engine = Get<WorkflowEngine>();
        var @case = LicensingCases.Current(await engine.FindBySubjectAsync(submitted.Value.Id)) ?? throw new InvalidOperationException("No case instance.");
        var decision = new LicenceDecision
        {
            Outcome = DecisionOutcome.Approve,
            Conditions = Conditions,
            ValidFrom = start,
            ValidTo = start.AddDays(100),
            Rationale = LicencePilots.Rationale,
        };
        await Get<LicensingCases>().DecideAsync(Regulator, RegulatorName, @case.Id, decision, (await engine.GetAsync(@case.Id))!.ETag);
        var licence = Assert.Single(await Get<LicenceRegistry>().ForApplicationAsync(submitted.Value.Id));
        await AdvanceAsync(licence.ValidFrom - Time.GetUtcNow());
        var sandbox = (await Get<SandboxEnvironments>().GetAsync(SandboxIds.ForLicence(licence.Reference)))?.Value;
        Assert.Equal(SandboxStatus.Ready, sandbox?.Status);
        return sandbox!;
    }

    protected async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        var worker = Services.GetServices<IHostedService>().OfType<WorkflowWorker>().Single();
        while (await worker.SweepAsync(CancellationToken.None))
        {
        }
    }

    protected IRenderedComponent<TPage> RenderAsUser<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent => Render<TPage>(p =>
        {
            p.AddCascadingValue(Task.FromResult(new AuthenticationState(_user)));
            parameters?.Invoke(p);
        });

    protected void SignIn(string userId, string name, string? organizationId, string role, params Claim[] extra)
    {
        List<Claim> claims = [new("sub", userId), new(SandboxClaimTypes.Name, name), new(SandboxClaimTypes.Role, role), .. extra];
        if (organizationId is not null)
        {
            claims.Add(new Claim(SandboxClaimTypes.OrganizationId, organizationId));
        }

        _user = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", SandboxClaimTypes.Name, SandboxClaimTypes.Role));
    }

    protected void SignInAsResearcher() => SignIn(Researcher.UserId, "Ines Van Dijk", Researcher.OrganizationId, SandboxRoles.Applicant,
        new Claim(SandboxClaimTypes.OrganizationCountry, "NL"));

    protected void SignInAsOutsider() => SignIn(Outsider.UserId, "Olaf Other", Outsider.OrganizationId, SandboxRoles.Applicant,
        new Claim(SandboxClaimTypes.OrganizationCountry, "BE"));

    protected void SignInAsRegulator() => SignIn(Regulator.UserId, RegulatorName, Regulator.OrganizationId, SandboxRoles.Regulator,
        new Claim(SandboxClaimTypes.AuthenticationMethod, "mfa"), new Claim(SandboxClaimTypes.OrganizationCountry, "NL"));

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services only dispose asynchronously; xUnit then finds the context already disposed.</summary>
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _folder.Dispose();
    }
}
