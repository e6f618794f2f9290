using MudBlazor;

namespace Sandbox.Web.Components.Layout;

/// <summary>A sober palette with enough contrast for long regulatory work; system fonts only (no external requests).</summary>
public static class SandboxTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#6b4c9a",
            AppbarBackground = "#1f4e79",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
