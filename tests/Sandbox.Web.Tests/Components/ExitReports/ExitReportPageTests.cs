using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Applications;
using Sandbox.Domain.Access;
using Sandbox.Domain.Licensing;
using Sandbox.Domain.Risk;
using Sandbox.Identity;
using Sandbox.Identity.Access;
using Sandbox.Licensing;
using Sandbox.Oversight.ExitReports;
using Sandbox.Oversight.Misuse;
using Sandbox.Provisioning;
using Sandbox.Storage.Documents;
using Sandbox.Testing;
using Sandbox.Testing.Storage;
using Sandbox.Web.Components.Pages.ExitReports;
using Sandbox.Web.Tests.Components.Licences;

namespace Sandbox.Web.Tests.Components.ExitReports;

/// <summary>The exit report page on the app's real services and store: the holder's narrative is checked, and each message stands beside its field.</summary>
public sealed class ExitReportPageTests : SignedInComponentTest
{
    private readonly TemporaryFolder _folder = new();
    private readonly ServiceProvider _services;

    public ExitReportPageTests()
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
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        Services.AddFallbackServiceProvider(_services);
    }

    /// <summary>A draft as assembly leaves it: the facts of an expired pilot, no narrative yet.</summary>
    private static ExitReport Draft(DateTimeOffset at) => new()
    {
        Id = "licence-7", LicenceId = "licence-7", LicenceReference = "SBX-2026-000007", HolderOrganizationId = "org-holder",
        HolderOrganizationName = "TU Example", HolderGeneralized = "research institution in NL", PilotTitle = "Intrusion signatures", AssembledAt = at,
        Facts = new ExitReportFacts
        {
            ApplicationReference = "APP-2026-000007", ApplicationVersion = 1, Objectives = "Characterize intrusion flows.", TemplateId = "network-flow-intrusion",
            ValidFrom = at.AddDays(-100), ValidTo = at, Conditions = LicencePilots.Conditions, Outcome = nameof(LicenceStatus.Expired), EndedAt = at, OutcomeReason = "End date reached",
            Activity = new SandboxActivity("sbx-2026-000007", 5, 3, [new ConditionCount("declaredPurposes", 2)], ExportFigures.None),
        },
    };

    [Fact]
    public async Task Submitting_an_empty_narrative_shows_each_problem_beside_its_field_and_keeps_the_draft()
    {
        await _services.GetRequiredService<IDocumentStore>().InitializeAsync(_services.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        await _services.GetRequiredService<DocumentSet<ExitReport>>().CreateAsync(Draft(Time.GetUtcNow()));
        SignIn("ines", "Ines Van Dijk", "org-holder", SandboxRoles.Applicant);

        var page = RenderAsUser<ExitReportPage>(p => p.Add(c => c.Id, "licence-7"));
        page.WaitForElement("[data-testid=exit-narrative-form]");
        Assert.Equal("declaredPurposes2", page.Find("[data-testid=exit-refusal]").TextContent.Replace(" ", "", StringComparison.Ordinal).Trim());
        page.Find("[data-testid=exit-learned]").Input("Short");
        page.Find("[data-testid=exit-submit]").Click();

        page.WaitForAssertion(() => Assert.Contains("at least 20 characters", Beside(page, "exit-learned"), StringComparison.Ordinal));
        Assert.Contains("Describe the pilot's results.", Beside(page, "exit-results"), StringComparison.Ordinal);
        Assert.Contains("Say how the pilot's data was deleted or returned.", Beside(page, "exit-data-disposal"), StringComparison.Ordinal);
        Assert.Contains("Confirm that the pilot's data", page.Find("[data-testid=exit-disposal-problem]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Draft", page.Find("[data-testid=exit-status]").TextContent.Trim());
        var stored = (await _services.GetRequiredService<DocumentSet<ExitReport>>().ReadAsync("licence-7", "licence-7"))!.Value;
        Assert.Equal(("Short", ExitReportStatus.Draft), (stored.Narrative.Learned, stored.Status));
    }

    [Fact]
    public async Task A_regulator_of_another_organization_sees_no_narrative_form()
    {
        await _services.GetRequiredService<IDocumentStore>().InitializeAsync(_services.GetServices<ContainerDefinition>().DistinctBy(d => d.Name).ToArray());
        await _services.GetRequiredService<DocumentSet<ExitReport>>().CreateAsync(Draft(Time.GetUtcNow()));
        SignIn("rita", "Rita Regulator", "authority", SandboxRoles.Regulator, new Claim(SandboxClaimTypes.AuthenticationMethod, "mfa"));

        var page = RenderAsUser<ExitReportPage>(p => p.Add(c => c.Id, "licence-7"));

        page.WaitForElement("[data-testid=exit-narrative]");
        Assert.Empty(page.FindAll("[data-testid=exit-narrative-form]"));
        Assert.Empty(page.FindAll("[data-testid=exit-accept]"));
    }

    private static string Beside(IRenderedComponent<ExitReportPage> page, string testId) =>
        page.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}
