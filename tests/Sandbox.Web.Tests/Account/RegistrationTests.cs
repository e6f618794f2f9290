using System.Net;
using Sandbox.Domain.Access;
using Sandbox.Domain.Organizations;
using Sandbox.Identity.Audit;

namespace Sandbox.Web.Tests.Account;

public sealed class RegistrationTests(AccountApp app) : IClassFixture<AccountApp>
{
    [Fact]
    public async Task Registering_creates_an_applicant_in_a_new_organization_and_signs_in()
    {
        var email = AccountApp.NewEmail();
        using var session = app.NewSession();

        var registered = await session.RegisterAsync(email, ("Input.OrganizationType", "HumanitarianOrganization"), ("Input.Country", "ke"));

        Assert.Equal("/", registered.RedirectPath);
        var profile = await session.GetAsync("/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Equal(email, profile.TestId("profile-email"));
        Assert.Equal("Ada Researcher", profile.TestId("signed-in-as"));
        var user = await app.UserAsync(email);
        Assert.Equal([SandboxRoles.Applicant], user.Roles);
        var organization = (await app.Organizations.GetAsync(user.OrganizationId))!.Value;
        Assert.Equal((OrganizationType.HumanitarianOrganization, "KE", false), (organization.Type, organization.Country, organization.IsVerifiedHumanitarian));
        var registration = Assert.Single(await app.AuditEventsAsync(user.Id, AuditEventTypes.AccountRegistered));
        Assert.Equal(organization.Id, registration.Details["organizationId"]);
    }

    [Fact]
    public async Task Without_the_cookie_of_the_registration_the_account_pages_ask_to_sign_in()
    {
        await app.NewAccountAsync();
        using var stranger = app.NewSession();

        var profile = await stranger.GetAsync("/Account/Manage");

        Assert.Equal("/Account/Login", profile.RedirectPath);
    }

    [Fact]
    public async Task Registering_with_an_existing_email_shows_the_message_beside_the_field_and_creates_nothing()
    {
        var email = await app.NewAccountAsync();
        var organizationsBefore = (await app.Organizations.ListAsync()).Count;
        var existing = await app.UserAsync(email);
        using var session = app.NewSession();

        var again = await session.RegisterAsync(email.ToUpperInvariant(), ("Input.OrganizationName", "Impostor Ltd"));

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(["An account with this e-mail address exists already. Sign in instead."], again.MessagesBeside("Input.Email"));
        Assert.Equal(organizationsBefore, (await app.Organizations.ListAsync()).Count);
        Assert.Equal(existing.OrganizationId, (await app.UserAsync(email)).OrganizationId);
        Assert.Equal("/Account/Login", (await session.GetAsync("/Account/Manage")).RedirectPath);
    }

    [Fact]
    public async Task Registering_with_a_weak_password_is_refused_beside_the_password_field()
    {
        var email = AccountApp.NewEmail();
        var organizationsBefore = (await app.Organizations.ListAsync()).Count;
        using var session = app.NewSession();

        var refused = await session.RegisterAsync(email, ("Input.Password", "onlylowercaseletters"), ("Input.ConfirmPassword", "onlylowercaseletters"));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var messages = refused.MessagesBeside("Input.Password");
        Assert.Contains(messages, m => m.Contains("digit", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("uppercase", StringComparison.Ordinal));
        Assert.Equal(string.Empty, refused.ValueOf("Input.Password"));
        Assert.Null(await app.FindUserAsync(email));
        Assert.Equal(organizationsBefore, (await app.Organizations.ListAsync()).Count);
    }

    [Theory]
    [InlineData("Input.OrganizationType", "GovernmentAuthority", "Registration is open to research institutions, companies and humanitarian organizations only.")]
    [InlineData("Input.OrganizationType", "AlliedAuthority", "Registration is open to research institutions, companies and humanitarian organizations only.")]
    [InlineData("Input.Country", "QQ", "Enter the two-letter ISO country code, such as NL or KE.")]
    [InlineData("Input.Country", "Netherlands", "Enter the two-letter ISO country code, such as NL or KE.")]
    [InlineData("Input.ConfirmPassword", "Another-Horse-42", "The two passwords differ.")]
    [InlineData("Input.Email", "not-an-address", "Enter a valid e-mail address.")]
    [InlineData("Input.DisplayName", "", "Enter your name.")]
    public async Task Registering_with_an_invalid_field_is_refused_beside_that_field(string field, string value, string message)
    {
        var email = AccountApp.NewEmail();
        using var session = app.NewSession();

        var refused = await session.RegisterAsync(email, (field, value));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(message, refused.MessagesBeside(field));
        Assert.Equal(["", ""], [refused.ValueOf("Input.Password"), refused.ValueOf("Input.ConfirmPassword")]);
        Assert.Null(await app.FindUserAsync(email));
    }

    [Fact]
    public async Task Registering_returns_to_a_local_page_but_never_to_another_site()
    {
        using var local = app.NewSession();
        using var evil = app.NewSession();

        var toStatus = await local.RegisterAsync("/Account/Register?returnUrl=%2Fstatus", AccountApp.NewEmail());
        var toEvil = await evil.RegisterAsync("/Account/Register?returnUrl=https%3A%2F%2Fevil.example%2F", AccountApp.NewEmail());

        Assert.Equal("/status", toStatus.RedirectPath);
        Assert.Equal("/", toEvil.RedirectPath);
    }
}
