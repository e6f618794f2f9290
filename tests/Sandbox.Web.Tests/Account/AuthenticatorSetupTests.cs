using Bunit;
using Sandbox.Web.Components.Account;
using Sandbox.Web.Tests.Components;

namespace Sandbox.Web.Tests.Account;

public sealed class AuthenticatorSetupTests : ComponentTestContext
{
    [Fact]
    public void The_key_shows_in_lower_case_groups_of_four_beside_the_setup_uri()
    {
        var setup = Render<AuthenticatorSetup>(p => p.Add(s => s.Key, "JBSWY3DPEHPK3PXPJB").Add(s => s.Email, "ada+lab@example.org"));

        Assert.Equal("jbsw y3dp ehpk 3pxp jb", setup.Find("[data-testid=shared-key]").TextContent);
        Assert.Equal(
            "otpauth://totp/Sandbox:ada%2Blab%40example.org?secret=JBSWY3DPEHPK3PXPJB&issuer=Sandbox&digits=6",
            setup.Find("[data-testid=authenticator-uri]").TextContent);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("ABC", "abc")]
    [InlineData("ABCD", "abcd")]
    [InlineData("ABCDE", "abcd e")]
    public void Keys_of_any_length_are_grouped_without_trailing_space(string key, string shown)
    {
        Assert.Equal(shown, AuthenticatorKey.Format(key));
    }
}
