using Sandbox.Domain.Applications;
using Sandbox.Domain.Licensing;
using static Sandbox.Domain.Tests.Licensing.Licences;

namespace Sandbox.Domain.Tests.Licensing;

public sealed class SunsetRuleTests
{
    private static readonly SunsetRule RealWorld = SunsetRule.For(DeploymentContext.RealWorldTesting);

    [Fact]
    public void Real_world_testing_runs_183_days_plus_one_extension_of_183_and_contained_pilots_365_plus_365()
    {
        Assert.Equal((183, 183), (RealWorld.MaxInitialDays, RealWorld.MaxExtensionDays));
        Assert.Equal(ApplicationLimits.MaxRealWorldTestingDays, RealWorld.MaxInitialDays);
        Assert.Same(SunsetRule.Contained, SunsetRule.For(DeploymentContext.LabOnly));
        Assert.Same(SunsetRule.Contained, SunsetRule.For(DeploymentContext.SyntheticData));
        Assert.Equal((365, 365), (SunsetRule.Contained.MaxInitialDays, SunsetRule.Contained.MaxExtensionDays));
        Assert.Equal(Start.AddDays(366), RealWorld.SunsetAt(Start));
        Assert.Equal(Start.AddDays(730), SunsetRule.Contained.SunsetAt(Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => SunsetRule.For((DeploymentContext)42));
    }

    [Fact]
    public void The_initial_period_may_be_183_days_but_not_184()
    {
        Assert.Empty(RealWorld.ValidateInitial(Start, Start.AddDays(183)));

        var problem = Assert.Single(RealWorld.ValidateInitial(Start, Start.AddDays(184)));
        Assert.Equal("validTo", problem.Field);
        Assert.Contains("183 days", problem.Message, StringComparison.Ordinal);
        Assert.Contains("184", problem.Message, StringComparison.Ordinal);
        Assert.Single(RealWorld.ValidateInitial(Start, Start.AddDays(183).AddSeconds(1)));
    }

    [Fact]
    public void Contained_pilots_may_run_365_days_but_not_366()
    {
        Assert.Empty(SunsetRule.Contained.ValidateInitial(Start, Start.AddDays(365)));
        Assert.Equal(["validTo"], FieldsOf(SunsetRule.Contained.ValidateInitial(Start, Start.AddDays(366))));
    }

    [Fact]
    public void A_licence_ends_after_it_starts()
    {
        Assert.Equal(["validTo"], FieldsOf(RealWorld.ValidateInitial(Start, Start)));
        Assert.Equal(["validTo"], FieldsOf(RealWorld.ValidateInitial(Start, Start.AddDays(-1))));
    }

    [Fact]
    public void An_active_licence_can_be_extended_once_by_183_days_up_to_its_sunset()
    {
        var licence = Licence();
        var during = licence.ValidTo.AddDays(-10);

        Assert.Empty(RealWorld.ValidateExtension(licence, licence.ValidTo.AddDays(183), during));
        Assert.Equal(licence.SunsetAt, licence.ValidTo.AddDays(183));
        var tooLong = Assert.Single(RealWorld.ValidateExtension(licence, licence.ValidTo.AddDays(184), during));
        Assert.Equal("validTo", tooLong.Field);
        Assert.Contains("183 days", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_extension_is_refused_naming_the_sunset()
    {
        var extended = Licence(extensions: 1) with { ValidTo = Licence().ValidTo.AddDays(30) };

        var problem = Assert.Single(RealWorld.ValidateExtension(extended, extended.ValidTo.AddDays(10), extended.ValidTo.AddDays(-1)));

        Assert.Equal("extensionCount", problem.Field);
        Assert.Contains(extended.SunsetAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), problem.Message, StringComparison.Ordinal);
        Assert.Contains(extended.Reference, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_ends_later_than_the_licence_does_now()
    {
        var licence = Licence();

        Assert.Equal(["validTo"], FieldsOf(RealWorld.ValidateExtension(licence, licence.ValidTo, Now)));
        Assert.Equal(["validTo"], FieldsOf(RealWorld.ValidateExtension(licence, licence.ValidTo.AddDays(-5), Now)));
    }

    [Fact]
    public void An_extension_never_passes_the_sunset_recorded_on_the_licence()
    {
        var shortened = Licence() with { SunsetAt = Licence().ValidTo.AddDays(30) };

        var problem = Assert.Single(RealWorld.ValidateExtension(shortened, shortened.ValidTo.AddDays(31), Now));

        Assert.Equal("validTo", problem.Field);
        Assert.Contains("sunset", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LicenceStatus.Suspended)]
    [InlineData(LicenceStatus.Issued)]
    [InlineData(LicenceStatus.Revoked)]
    [InlineData(LicenceStatus.Expired)]
    public void Only_an_active_licence_can_be_extended(LicenceStatus status)
    {
        var licence = Licence(status);

        var problem = Assert.Single(RealWorld.ValidateExtension(licence, licence.ValidTo.AddDays(30), Now));

        Assert.Equal("status", problem.Field);
        Assert.Contains(status.ToString(), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_that_has_ended_cannot_be_extended_even_if_its_status_lags()
    {
        var licence = Licence();

        var problem = Assert.Single(RealWorld.ValidateExtension(licence, licence.ValidTo.AddDays(30), licence.ValidTo));

        Assert.Equal("validTo", problem.Field);
        Assert.Contains("ended", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_needs_a_positive_initial_period()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SunsetRule(0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SunsetRule(10, -1));
    }
}
