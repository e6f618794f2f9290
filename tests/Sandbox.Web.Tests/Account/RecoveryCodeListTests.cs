using System.Text.RegularExpressions;
using Bunit;
using Sandbox.Web.Components.Account;
using Sandbox.Web.Tests.Components;

namespace Sandbox.Web.Tests.Account;

public sealed class RecoveryCodeListTests : ComponentTestContext
{
    [Fact]
    public void Each_code_is_listed_in_order_under_the_warning_that_they_show_once()
    {
        string[] codes = ["AAAAA-11111", "BBBBB-22222", "CCCCC-33333"];

        var list = Render<RecoveryCodeList>(p => p.Add(l => l.Codes, codes));

        Assert.Equal(codes, list.FindAll("[data-testid=recovery-code]").Select(c => c.TextContent));
        var warning = Regex.Replace(list.Find(".mud-alert").TextContent, @"\s+", " ");
        Assert.Contains("they are shown only this once", warning, StringComparison.Ordinal);
    }
}
