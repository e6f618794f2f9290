using Sandbox.Domain.Sandboxes;

namespace Sandbox.Domain.Tests.Sandboxes;

public sealed class TemplateVersionTests
{
    [Theory]
    [InlineData("1.0.0", 1, 0, 0)]
    [InlineData("0.10.3", 0, 10, 3)]
    [InlineData("12.0.105", 12, 0, 105)]
    public void A_semantic_version_parses_and_prints_back(string text, int major, int minor, int patch)
    {
        var version = TemplateVersion.Parse(text);

        Assert.Equal(new TemplateVersion(major, minor, patch), version);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.0")]
    [InlineData("1.0.0.0")]
    [InlineData("v1.0.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("01.0.0")]
    [InlineData("1.-1.0")]
    [InlineData("1. 0.0")]
    [InlineData("99999999999.0.0")]
    public void Anything_else_is_not_a_version(string? text)
    {
        Assert.False(TemplateVersion.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => TemplateVersion.Parse(text));
        }
    }

    [Fact]
    public void Versions_order_by_major_then_minor_then_patch_as_numbers()
    {
        var texts = new[] { "1.10.0", "1.2.0", "2.0.0", "1.2.10", "0.9.9", "1.2.9" };

        var ordered = texts.Select(TemplateVersion.Parse).Order().Select(v => v.ToString());

        Assert.Equal(["0.9.9", "1.2.0", "1.2.9", "1.2.10", "1.10.0", "2.0.0"], ordered);
        Assert.True(TemplateVersion.Parse("1.10.0") > TemplateVersion.Parse("1.9.0"));
        Assert.True(TemplateVersion.Parse("1.0.0") <= TemplateVersion.Parse("1.0.0"));
    }

    [Theory]
    [InlineData("1.0.0", "1.1.0", true)]
    [InlineData("1.0.0", "1.0.1", true)]
    [InlineData("1.2.0", "1.10.0", true)]
    [InlineData("1.1.0", "1.1.0", false)]
    [InlineData("1.1.0", "1.0.0", false)]
    [InlineData("1.0.0", "2.0.0", false)]
    [InlineData("2.0.0", "1.9.0", false)]
    public void An_upgrade_is_compatible_within_the_same_major_only_to_a_newer_version(string current, string newer, bool compatible)
    {
        Assert.Equal(compatible, TemplateVersion.Parse(current).IsCompatibleUpgradeTo(TemplateVersion.Parse(newer)));
    }
}
