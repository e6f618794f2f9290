using Sandbox.Licensing;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Domain.Organizations;
using Sandbox.Identity;
using Sandbox.Identity.Access;
using Sandbox.Identity.Organizations;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Applications;
using Sandbox.Testing.Storage;

namespace Sandbox.Web.Tests.Components.Applications;

/// <summary>
/// The application pages on the real services and a real embedded store, composed as the app composes them.
/// The base context's provider is built by its constructor, so the application services come from a second
/// provider that bUnit falls back to; the signed-in user is handed to the page as its cascading state.
/// </summary>
public abstract class ApplicationsComponentTest : SignedInComponentTest
{
    private readonly TemporaryFolder _folder = new();
    private readonly ServiceProvider _applications;

    protected ApplicationsComponentTest()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IDocumentStore>(TestStores.Sqlite(_folder, Time));
        services.AddSandboxIdentityCore();
        services.AddSandboxApplications();
        services.AddSandboxLicensing(o => o.RunWorker = false, reconcileAtStart: false);
        services.AddSandboxProvisioning(purgeWorker: false);
        services.AddSandboxOversight();
        _applications = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Services.AddFallbackServiceProvider(_applications);
    }

    protected static CaseActor Regulator { get; } = new("regulator-1", "authority", new HashSet<string>([SandboxRoles.Regulator]));

    protected CaseActor Applicant { get; private set; } = null!;

    protected PilotApplications Applications => _applications.GetRequiredService<PilotApplications>();

    protected T Get<T>()
        where T : notnull => _applications.GetRequiredService<T>();

    protected DateOnly Start => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime).AddDays(14);

    protected ApplicationContent Complete => SampleApplications.CrowdCounting(Start);

    /// <summary>Creates every container, as start-up does, and registers the applicant's organization.</summary>
    protected async Task StartAsync()
    {
        var store = _applications.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync(_applications.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        var university = await Get<OrganizationDirectory>()
            .RegisterAsync("TU Example", OrganizationType.ResearchInstitution, CountryCode.Parse("NL"), "admin");
        Applicant = new CaseActor("ines", university.Id, new HashSet<string>([SandboxRoles.Applicant]));
    }

    protected void SignInAsApplicant() => SignIn("ines", "Ines Van Dijk", Applicant.OrganizationId, SandboxRoles.Applicant,
        new Claim(SandboxClaimTypes.OrganizationType, nameof(OrganizationType.ResearchInstitution)));

    protected void SignInAsRegulator() => SignIn("regulator-1", "Rui Regulator", "authority", SandboxRoles.Regulator,
        new Claim(SandboxClaimTypes.AuthenticationMethod, "mfa"));

    protected void SignInAsAdministrator() => SignIn("admin-1", "Ada Administrator", null, SandboxRoles.Administrator,
        new Claim(SandboxClaimTypes.AuthenticationMethod, "mfa"));

    /// <summary>An SDN legacy CSV of these rows (entity number, name, type, programs, remarks; the other columns empty).</summary>
    protected static string SdnCsv(params (string Id, string Name, string Type, string Programs, string Remarks)[] rows) =>
        string.Concat(rows.Select(r => string.Join(',', new[] { r.Id, r.Name, r.Type, r.Programs, "-0- ", "-0- ", "-0- ", "-0- ", "-0- ", "-0- ", "-0- ", r.Remarks }
            .Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n"));

    protected async Task<ScreeningListImport> ImportSdnAsync(string csv)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
        return await Get<ScreeningListImporter>().ImportSdnCsvAsync(stream, "sdn.csv", "admin-1");
    }

    protected async Task<Versioned<PilotApplication>> SubmitAsync(ApplicationContent content)
    {
        var created = await Applications.CreateAsync(Applicant, content);
        return await Applications.SubmitAsync(Applicant, created.Value.Id, created.ETag);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _applications.DisposeAsync();
        _folder.Dispose();
    }
}
