using Microsoft.Extensions.Options;
using System.Globalization;

namespace Sandbox.Web.Seed;

/// <summary>
/// Development only: <c>Demo:ClockOffset</c> (a time span such as <c>102.00:00:00</c>) runs the app that far in the
/// future, to show what happens when licences reach their reminders and expiry without waiting for them. Timers that
/// fell due in between fire at start-up, as after any restart. Ignored outside Development.
/// </summary>
public static class DemoClock
{
    public const string Setting = "Demo:ClockOffset";

    public static WebApplicationBuilder AddDemoClock(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Environment.IsDevelopment() && builder.Configuration[Setting] is { Length: > 0 } text)
        {
            if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var offset) || offset < TimeSpan.Zero)
            {
                throw new OptionsValidationException(Setting, typeof(TimeSpan), [$"{Setting} must be a non-negative time span such as 102.00:00:00."]);
            }

            builder.Services.AddSingleton<TimeProvider>(new ShiftedClock(offset));
        }

        return builder;
    }

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
