using Bunit;
using Sandbox.Applications.Access;
using Sandbox.Applications.Reviews;
using Sandbox.Applications.Screening;
using Sandbox.Domain.Access;
using Sandbox.Domain.Screening;
using Sandbox.Web.Components.Pages.Admin;
using Sandbox.Web.Tests.Components.Applications;

namespace Sandbox.Web.Tests.Components.Reviews;

public sealed class ReviewsPageTests : ApplicationsComponentTest
{
    private static readonly CaseActor OtherAdministrator = new("admin-2", "authority", new HashSet<string>([SandboxRoles.Administrator]));

    [Fact]
    public async Task The_dashboard_lists_what_is_due_by_kind_and_renews_with_a_reason_shown_beside_its_field()
    {
        await StartAsync();
        var denial = await Get<AlliedDenialRegistry>().RegisterAsync(new AlliedDenialRegistration(
            "DE", "AW-2026-0042", "Nordlicht Signal Systems GmbH", [], "IR", "5A001.j", "IP network surveillance", new DateOnly(2026, 3, 2), new DateOnly(2027, 1, 15)), "admin-1");
        Time.SetUtcNow(new DateTimeOffset(2027, 4, 15, 9, 0, 0, TimeSpan.Zero));
        SignInAsAdministrator();
        var page = RenderAsUser<ReviewsPage>();

        page.WaitForAssertion(() => Assert.Equal("1 overdue", page.Find("[data-testid=count-overdue]").TextContent.Trim()));
        Assert.Equal("5 due soon", page.Find("[data-testid=count-due-soon]").TextContent.Trim());
        Assert.Contains("Lapsed 90 days ago: no longer applies", page.Find($"[data-testid=status-allied-denial-{denial.Value.Id}]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Due in 76 days", page.Find("[data-testid=status-classification-entry-SBX-BIO-ID]").TextContent, StringComparison.Ordinal);
        var table = page.Find("[data-testid=reviews-table]").TextContent;
        Assert.Contains("Allied denials", table, StringComparison.Ordinal);
        Assert.Contains("Classification entries", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Risk rules", table, StringComparison.Ordinal);

        page.Find("[data-testid=renew-classification-entry-SBX-BIO-ID]").Click();
        page.WaitForElement("[data-testid=confirm-renewal]").Click();
        page.WaitForAssertion(() => Assert.Contains("Say why the restriction still holds",
            page.Find("[data-testid=renewal-reason]").Closest(".mud-input-control")!.TextContent, StringComparison.Ordinal));
        page.Find("[data-testid=renewal-reason]").Input("The 2027 board kept biometric identification listed.");
        page.Find("[data-testid=confirm-renewal]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=renewal-form]")));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=renew-classification-entry-SBX-BIO-ID]")));
        Assert.Equal("4 due soon", page.Find("[data-testid=count-due-soon]").TextContent.Trim());
        var renewed = Assert.Single(await Get<ReferenceReviews>().ListAsync(), i => i.Id == "SBX-BIO-ID");
        Assert.Equal((new DateOnly(2030, 4, 15), "admin-1"), (renewed.ReviewBy, renewed.LastRenewal!.RenewedBy));
    }

    [Fact]
    public async Task A_renewal_of_a_row_someone_else_renewed_shows_the_conflict_and_saves_nothing()
    {
        await StartAsync();
        SignInAsAdministrator();
        var page = RenderAsUser<ReviewsPage>();
        page.WaitForElement("[data-testid=reviews-all]").Click();
        page.WaitForElement("[data-testid=renew-risk-rule-capabilities]").Click();
        var reviews = Get<ReferenceReviews>();
        await reviews.RenewAsync(OtherAdministrator, ReviewKind.RiskRule, "capabilities", ReviewRecord.UnrenewedETag, new(new DateOnly(2028, 6, 30), "Renewed elsewhere."));

        page.WaitForElement("[data-testid=renewal-reason]").Input("Capability weights confirmed.");
        page.Find("[data-testid=confirm-renewal]").Click();

        page.WaitForAssertion(() => Assert.Contains("nothing was saved", page.Find("[data-testid=renewal-conflict]").TextContent, StringComparison.Ordinal));
        var stored = Assert.Single(await reviews.ListAsync(), i => i.Id == "capabilities");
        Assert.Equal((new DateOnly(2028, 6, 30), "admin-2"), (stored.ReviewBy, stored.LastRenewal!.RenewedBy));
        page.Find("[data-testid=cancel-renewal]").Click();
        page.WaitForAssertion(() => Assert.Contains("2028-06-30", page.Find("[data-testid=review-by-risk-rule-capabilities]").TextContent, StringComparison.Ordinal));
    }
}
