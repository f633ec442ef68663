using BulletinBot.Articles;
using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Features.Events;

public static class EventsSetup
{
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<ProvinceDirectory>();
        builder.Services.TryAddSingleton<ArticleExtractor>();
        builder.Services.AddSingleton<EventStore>();
        builder.Services.AddSingleton<EventCatalog>();
        builder.Services.AddSingleton<EventSchedule>();
        builder.Services.AddSingleton<EventPublisher>();
        builder.Services.AddSingleton<EventDesk>();
        builder.Services.AddSingleton<ArticleDraftMaker>();
        builder.Services.AddSingleton<PostForm>();
        builder.Services.AddSingleton<IChatCommand, PostCommand>();
        builder.Services.AddSingleton<IChatCommand, EditCommand>();
        builder.Services.AddSingleton<IChatCommand, CancelCommand>();
        builder.Services.AddSingleton<IButtonAction, CardButton>();
        builder.Services.AddSingleton<IButtonAction, PostFormButton>();
        builder.Services.AddSingleton<IConversationHandler>(sp => sp.GetRequiredService<PostForm>());
        builder.Services.AddSingleton<IConversationHandler, EditConversation>();
        builder.Services.AddSingleton<IConversationHandler, PasteConversation>();
        builder.Services.AddSingleton<LinkReadingService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LinkReadingService>());
        builder.Services.AddSingleton<LinkArticleReader>();
        builder.Services.AddSingleton<IFreeTextHandler>(sp => sp.GetRequiredService<LinkArticleReader>());
        builder.Services.AddSingleton<IFreeTextHandler, ArticleReader>();
        builder.Services.AddHostedService<PasteAssembler>();
        return builder;
    }
}
