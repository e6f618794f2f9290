using System.Runtime.CompilerServices;

namespace Sandbox.Identity.OpenIddict;

/// <summary>Helpers for the many synchronous get/set members of OpenIddict's store interfaces.</summary>
internal static class OidcAccessors
{
    public static T Entity<T>(T? entity, [CallerArgumentExpression(nameof(entity))] string? name = null)
        where T : OidcDocument =>
        entity ?? throw new ArgumentNullException(name);

    public static ValueTask Set(Action assign)
    {
        assign();
        return ValueTask.CompletedTask;
    }
}
