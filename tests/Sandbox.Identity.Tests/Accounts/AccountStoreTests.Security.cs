using Sandbox.Testing.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Identity.Users;

namespace Sandbox.Identity.Tests.Accounts;

public abstract partial class AccountStoreTests
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var created = await CreateAsync("jack");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();

        for (var i = 0; i < 5; i++)
        {
            var jack = (await users.FindByIdAsync(created.Id))!;
            Assert.False(await users.CheckPasswordAsync(jack, "Wrong-password-" + i));
            AssertSucceeded(await users.AccessFailedAsync(jack));
        }

        var locked = (await users.FindByIdAsync(created.Id))!;
        Assert.True(await users.IsLockedOutAsync(locked));
        Assert.NotNull(locked.LockoutEnd);
    }

    [Fact]
    public async Task Recovery_codes_are_stored_hashed_and_each_works_once()
    {
        var created = await CreateAsync("kate");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var kate = (await users.FindByIdAsync(created.Id))!;

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(kate, 10))!.ToList();
        var stored = (await users.FindByIdAsync(created.Id))!;

        Assert.Equal(10, stored.RecoveryCodeHashes.Count);
        Assert.DoesNotContain(stored.RecoveryCodeHashes, h => codes.Contains(h));
        AssertSucceeded(await users.RedeemTwoFactorRecoveryCodeAsync(stored, codes[3]));
        Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync((await users.FindByIdAsync(created.Id))!, codes[3])).Succeeded);
        Assert.Equal(9, await users.CountRecoveryCodesAsync((await users.FindByIdAsync(created.Id))!));
    }

    [Fact]
    public async Task An_authenticator_code_enables_two_factor_and_a_new_stamp_invalidates_sessions()
    {
        var created = await CreateAsync("liam");
        await using var scope = Host.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
        var liam = (await users.FindByIdAsync(created.Id))!;
        var stampBefore = liam.SecurityStamp;

        AssertSucceeded(await users.ResetAuthenticatorKeyAsync(liam));
        var key = await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(created.Id))!);
        // Identity's authenticator provider reads the system clock, not the injected one.
        var code = Totp.Code(key!, TimeProvider.System.GetUtcNow());
        var fresh = (await users.FindByIdAsync(created.Id))!;

        Assert.True(await users.VerifyTwoFactorTokenAsync(fresh, TokenOptions.DefaultAuthenticatorProvider, code));
        Assert.False(await users.VerifyTwoFactorTokenAsync(fresh, TokenOptions.DefaultAuthenticatorProvider, "000000" == code ? "111111" : "000000"));
        AssertSucceeded(await users.SetTwoFactorEnabledAsync(fresh, true));
        Assert.True((await users.FindByIdAsync(created.Id))!.TwoFactorEnabled);
        Assert.NotEqual(stampBefore, (await users.FindByIdAsync(created.Id))!.SecurityStamp);
    }
}
