using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Access;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Access;
using Sandbox.Identity.Audit;
using Sandbox.Identity.Organizations;
using Sandbox.Identity.Users;
using Sandbox.Storage.Errors;

namespace Sandbox.Identity.Tests.Accounts;

public abstract partial class AccountStoreTests
{
    [Fact]
    public async Task Verifying_an_organization_is_audited_and_a_stale_decision_is_refused()
    {
        var directory = Host.Get<OrganizationDirectory>();
        var ngo = await directory.RegisterAsync("Relief Mapping Collective", OrganizationType.HumanitarianOrganization, CountryCode.Parse("KE"), "admin-1");
        var seen = (await directory.GetAsync(ngo.Id))!;

        var verified = await directory.VerifyAsync(ngo.Id, seen.ETag, OrganizationStatus.VerifiedHumanitarian, "admin-1", "OCHA registration checked");
        await Assert.ThrowsAsync<DocumentConcurrencyException>(() =>
            directory.VerifyAsync(ngo.Id, seen.ETag, OrganizationStatus.VerifiedPartner, "admin-2", "second opinion"));

        Assert.True(verified.Value.IsVerifiedHumanitarian);
        Assert.False((await directory.GetAsync(ngo.Id))!.Value.IsVerifiedPartner);
        var events = await Host.Get<AuditLog>().ReadDayAsync(DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime));
        Assert.Equal([AuditEventTypes.OrganizationRegistered, AuditEventTypes.OrganizationVerified], events.Select(e => e.Type));
        Assert.Equal("OCHA registration checked", events[1].Details["reason"]);
    }

    [Fact]
    public async Task The_principal_carries_roles_and_the_organization()
    {
        var directory = Host.Get<OrganizationDirectory>();
        var company = await directory.RegisterAsync("Acme Vision", OrganizationType.Company, CountryCode.Parse("DE"), "admin-1");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var user = NewUser("mona");
        user.OrganizationId = company.Id;
        AssertSucceeded(await users.CreateAsync(user, StrongPassword));
        AssertSucceeded(await users.AddToRoleAsync(user, SandboxRoles.Applicant));

        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<SandboxUser>>().CreateAsync(user);

        Assert.True(principal.IsInRole(SandboxRoles.Applicant));
        Assert.Equal(company.Id, principal.FindFirstValue(SandboxClaimTypes.OrganizationId));
        Assert.Equal("Company", principal.FindFirstValue(SandboxClaimTypes.OrganizationType));
        Assert.Equal("DE", principal.FindFirstValue(SandboxClaimTypes.OrganizationCountry));
        Assert.Equal("false", principal.FindFirstValue(SandboxClaimTypes.OrganizationVerifiedHumanitarian));
        Assert.Equal(user.Id, principal.FindFirstValue("sub"));
    }

    [Fact]
    public async Task Two_nodes_on_one_store_share_the_data_protection_keys()
    {
        await using var secondNode = await IdentityTestHost.StartAsync(CreateStoreForSecondNode(), Time);
        var protectedText = Host.Get<IDataProtectionProvider>().CreateProtector("test").Protect("licence-123");

        var unprotected = secondNode.Get<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText);

        Assert.Equal("licence-123", unprotected);
    }

    /// <summary>Another store object on the same file or database, as a second app node would have.</summary>
    protected abstract Sandbox.Storage.Documents.IDocumentStore CreateStoreForSecondNode();
}
