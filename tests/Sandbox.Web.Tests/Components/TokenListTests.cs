using Bunit;
using Sandbox.Identity.Clients;
using Sandbox.Web.Components.Pages.Admin;

namespace Sandbox.Web.Tests.Components;

public sealed class TokenListTests : ComponentTestContext
{
    private static readonly DateTimeOffset Issued = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_valid_tokens_offer_revocation_and_revoking_hands_back_that_token()
    {
        TokenSummary? revoked = null;
        var tokens = new[]
        {
            new TokenSummary("t-valid", "access_token", "valid", "client-a", Issued, Issued.AddMinutes(20)),
            new TokenSummary("t-old", "access_token", "revoked", "client-a", Issued.AddHours(-2), Issued.AddHours(-1)),
        };

        var list = Render<TokenList>(p => p.Add(c => c.Tokens, tokens).Add(c => c.Revoke, (TokenSummary t) => revoked = t));
        var buttons = list.FindAll("button");
        buttons.Single().Click();

        Assert.Single(buttons);
        Assert.Equal("t-valid", revoked?.Id);
        Assert.Contains("2026-12-01 09:20 UTC", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_says_the_client_holds_no_tokens()
    {
        var list = Render<TokenList>(p => p.Add(c => c.Tokens, Array.Empty<TokenSummary>()));

        Assert.Contains("This client holds no tokens.", list.Markup, StringComparison.Ordinal);
    }
}
