using Sandbox.Applications;
using Sandbox.Identity.OAuth;
using Sandbox.Licensing;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning;
using Sandbox.Provisioning.Provisioning;
using Sandbox.Web.Api;
using Sandbox.Web.Components;
using Sandbox.Web.Components.Account;
using Sandbox.Web.Hosting;
using Sandbox.Web.Seed;
using Sandbox.Web.Status;
using Sandbox.Workflows.Runtime;

var builder = WebApplication.CreateBuilder(args);
builder.AddDemoClock();
builder.AddSandboxStorage();
builder.AddSandboxWebHost();
builder.AddSandboxAccounts();
builder.Services.AddSystemStatus();
builder.Services.AddSandboxApplications();
builder.Services.AddSandboxLicensing(o => builder.Configuration.GetSection(WorkflowRuntimeOptions.Section).Bind(o));
builder.Services.AddSandboxProvisioning(o => builder.Configuration.GetSection(ProvisioningOptions.Section).Bind(o));
builder.Services.AddSandboxOversight(o => builder.Configuration.GetSection(MisuseOptions.Section).Bind(o));
builder.AddDemoSeed();

return await StartupFailure.RunAsync(builder, app =>
{
    app.UseSandboxWebHost();
    app.MapSystemStatusApi();
    app.MapAccountEndpoints();
    app.MapOAuthEndpoints();
    app.MapMeApi();
    app.MapClientsApi();
    app.MapOrganizationsApi();
    app.MapAuditApi();
    app.MapApplicationsApi();
    app.MapReferenceDataApi();
    app.MapReviewsApi();
    app.MapScreeningApi();
    app.MapAlliedExchangeApi();
    app.MapWorkflowsApi();
    app.MapLicencesApi();
    app.MapSandboxesApi();
    app.MapGatewayApi();
    app.MapTransparencyApi();
    app.MapMisuseApi();
    app.MapExitReportsApi();
    app.MapProofsApi();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
});

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
