namespace Sandbox.Web.Seed;

public static class DemoSeedRegistration
{
    /// <summary>Seeds demo data only in Development on the embedded store, unless <c>Seed:Demo</c> is false.</summary>
    public static IHostApplicationBuilder AddDemoSeed(this IHostApplicationBuilder builder)
    {
        var embedded = builder.Configuration["Storage:Provider"] is null or "Sqlite";
        if (builder.Environment.IsDevelopment() && embedded && builder.Configuration.GetValue("Seed:Demo", defaultValue: true))
        {
            builder.Services.AddHostedService<DemoSeed>();
            if (builder.Configuration.GetValue("Seed:DemoSandbox", defaultValue: true))
            {
                builder.Services.AddHostedService<DemoSandbox>();
            }
        }

        return builder;
    }
}
