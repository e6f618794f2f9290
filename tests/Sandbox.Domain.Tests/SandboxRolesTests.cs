using Sandbox.Domain.Access;

namespace Sandbox.Domain.Tests;

public sealed class SandboxRolesTests
{
    [Fact]
    public void Roles_that_decide_or_grant_powers_require_two_factor()
    {
        Assert.True(SandboxRoles.RequiresTwoFactor([SandboxRoles.Applicant, SandboxRoles.Regulator]));
        Assert.True(SandboxRoles.RequiresTwoFactor([SandboxRoles.Administrator]));
        Assert.False(SandboxRoles.RequiresTwoFactor([SandboxRoles.Applicant, SandboxRoles.Auditor, SandboxRoles.AlliedReviewer]));
    }

    [Fact]
    public void Only_the_six_named_roles_are_known()
    {
        Assert.Equal(6, SandboxRoles.All.Count);
        Assert.True(SandboxRoles.IsKnown("SeniorRegulator"));
        Assert.False(SandboxRoles.IsKnown("seniorregulator"));
        Assert.False(SandboxRoles.IsKnown("Root"));
    }
}
