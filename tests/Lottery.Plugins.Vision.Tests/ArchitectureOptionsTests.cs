using System.ComponentModel.DataAnnotations;
using Lottery.Plugins.Vision.Architectures;

namespace Lottery.Plugins.Vision.Tests;

public sealed class ArchitectureOptionsTests
{
    private static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(Validate(new ConvOptions()));
        Assert.Empty(Validate(new CifarResNetOptions()));
        Assert.Empty(Validate(new CifarVggOptions()));
        Assert.Empty(Validate(new ResNetOptions()));
    }

    [Fact]
    public void The_defaults_follow_each_familys_reference_code()
    {
        Assert.False(new ConvOptions().BatchNorm);
        Assert.Equal("uniform", new CifarResNetOptions().BatchNormInit);
        Assert.Equal("uniform", new CifarVggOptions().BatchNormInit);
        Assert.Equal("fixed", new ResNetOptions().BatchNormInit);
        Assert.Equal("cifar", new ResNetOptions().Stem);
    }

    [Theory]
    [InlineData("ones")]
    [InlineData("0")]
    [InlineData("")]
    public void A_bad_batchnorm_init_is_named_with_what_is_allowed(string value)
    {
        var result = Assert.Single(Validate(new CifarResNetOptions { BatchNormInit = value }));
        Assert.Equal([nameof(CifarResNetOptions.BatchNormInit)], result.MemberNames);
        Assert.Equal(BatchNormInits.Expected, result.ErrorMessage);
        var error = Assert.Throws<ArgumentException>(() => new CifarVggArchitecture(new CifarVggOptions { BatchNormInit = value }));
        Assert.Contains($"BatchNormInit '{value}' is invalid", error.Message);
    }

    [Theory]
    [InlineData("cifar", ResNetStem.Cifar)]
    [InlineData("ImageNet", ResNetStem.ImageNet)]
    [InlineData("IMAGENET", ResNetStem.ImageNet)]
    public void Stems_are_named_case_insensitively(string text, ResNetStem expected)
    {
        Assert.True(OptionText.TryParse<ResNetStem>(text, out var stem));
        Assert.Equal(expected, stem);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("imagenet-stem")]
    public void A_bad_stem_is_named_with_what_is_allowed(string value)
    {
        var result = Assert.Single(Validate(new ResNetOptions { Stem = value }));
        Assert.Equal([nameof(ResNetOptions.Stem)], result.MemberNames);
        Assert.Contains("'cifar'", result.ErrorMessage);
        Assert.Contains($"Stem '{value}' is invalid", Assert.Throws<ArgumentException>(() => new ResNetArchitecture(new ResNetOptions { Stem = value })).Message);
    }
}
