using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Sandbox.Applications;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Identity;
using Sandbox.Identity.Organizations;
using Sandbox.Licensing.Cases;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using Sandbox.Workflows.Hosting;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Runtime;

namespace Sandbox.Licensing.Tests;

/// <summary>
/// Applications, screening, the real workflow definitions and their activities on a real SQLite store with a fake
/// clock. The worker does not run by itself: <see cref="AdvanceAsync"/> moves the clock and sweeps.
/// </summary>
public sealed class LicensingTestHost : IAsyncDisposable
{
    /// <summary>A screening list with one entry nobody in the samples resembles: lists are loaded, so cases can be Clear.</summary>
    private const string ScreeningList = """
        9001,"ASCOTEC SCIENCE & TECHNOLOGY GMBH",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID HRB 58745 (Germany)."

        """;

    private readonly TemporaryFolder _folder;

    private LicensingTestHost(ServiceProvider services, TemporaryFolder folder, FakeTimeProvider time)
    {
        Services = services;
        _folder = folder;
        Time = time;
    }

    public static DateTimeOffset Start { get; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public CaseActor Applicant { get; private set; } = null!;

    public string ApplicantOrganizationId => Applicant.OrganizationId!;

    public static CaseActor Regulator { get; } = Person("rita", "authority", SandboxRoles.Regulator);

    public static CaseActor SecondRegulator { get; } = Person("rui", "authority", SandboxRoles.Regulator);

    public static CaseActor Senior { get; } = Person("sam", "authority", SandboxRoles.SeniorRegulator);

    public static CaseActor SecondSenior { get; } = Person("sue", "authority", SandboxRoles.SeniorRegulator);

    /// <param name="store">The store to use instead of a new SQLite file (a Cosmos store on the local server).</param>
    public static async Task<LicensingTestHost> StartAsync(
        OrganizationType applicantType = OrganizationType.ResearchInstitution, bool humanitarian = false, bool partner = false, IDocumentStore? store = null,
        Action<IServiceCollection>? configure = null)
    {
        var folder = new TemporaryFolder();
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IDocumentStore>(store ?? TestStores.Sqlite(folder, time));
        services.AddSandboxIdentityCore();
        services.AddSandboxApplications();
        services.AddSandboxLicensing(o => o.RunWorker = false, reconcileAtStart: false);
        services.AddSandboxProvisioning(purgeWorker: false);
        services.AddSandboxOversight();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<IDocumentStore>().InitializeAsync(provider.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        var host = new LicensingTestHost(provider, folder, time);
        await host.SeedAsync(applicantType, humanitarian, partner);
        return host;
    }

    private async Task SeedAsync(OrganizationType applicantType, bool humanitarian, bool partner)
    {
        var directory = Get<OrganizationDirectory>();
        var organization = await directory.RegisterAsync("TU Example", applicantType, CountryCode.Parse("NL"), "admin");
        if (humanitarian)
        {
            var current = (await directory.GetAsync(organization.Id))!;
            await directory.VerifyAsync(current.Value.Id, current.ETag, OrganizationStatus.VerifiedHumanitarian, "admin-1", "Registered humanitarian NGO");
        }

        if (partner)
        {
            var current = (await directory.GetAsync(organization.Id))!;
            await directory.VerifyAsync(current.Value.Id, current.ETag, OrganizationStatus.VerifiedPartner, "admin-1", "Partner agreement signed");
        }

        Applicant = Person("ines", organization.Id, SandboxRoles.Applicant);
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(ScreeningList));
        await Get<ScreeningListImporter>().ImportSdnCsvAsync(csv, "test.csv", "admin-1");
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public WorkflowEngine Engine => Get<WorkflowEngine>();

    public LicensingCases Cases => Get<LicensingCases>();

    public static CaseActor Person(string id, string organization, params string[] roles) => new(id, organization, new HashSet<string>(roles));

    public async Task<PilotApplication> SubmitAsync(ApplicationContent content)
    {
        var applications = Get<PilotApplications>();
        var created = await applications.CreateAsync(Applicant, content);
        return (await applications.SubmitAsync(Applicant, created.Value.Id, created.ETag)).Value;
    }

    public async Task<WorkflowInstance> CaseAsync(string applicationId) =>
        LicensingCases.Current(await Engine.FindBySubjectAsync(applicationId)) ?? throw new InvalidOperationException("No case instance.");

    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        var worker = Services.GetServices<IHostedService>().OfType<WorkflowWorker>().Single();
        while (await worker.SweepAsync(CancellationToken.None))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
