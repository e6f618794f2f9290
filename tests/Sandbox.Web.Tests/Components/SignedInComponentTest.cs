using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Sandbox.Identity.Access;

namespace Sandbox.Web.Tests.Components;

/// <summary>Renders pages as a signed-in user, who reaches them as the cascading authentication state.</summary>
public abstract class SignedInComponentTest : ComponentTestContext
{
    private ClaimsPrincipal _user = new(new ClaimsIdentity());

    protected IRenderedComponent<TPage> RenderAsUser<TPage>(Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent => Render<TPage>(p =>
        {
            p.AddCascadingValue(Task.FromResult(new AuthenticationState(_user)));
            parameters?.Invoke(p);
        });

    protected void SignIn(string userId, string name, string? organizationId, string role, params Claim[] extra)
    {
        var claims = new List<Claim> { new("sub", userId), new(SandboxClaimTypes.Name, name), new(SandboxClaimTypes.Role, role) };
        if (organizationId is not null)
        {
            claims.Add(new Claim(SandboxClaimTypes.OrganizationId, organizationId));
        }

        _user = new ClaimsPrincipal(new ClaimsIdentity([.. claims, .. extra], "Test", SandboxClaimTypes.Name, SandboxClaimTypes.Role));
    }
}
