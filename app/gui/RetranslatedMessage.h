#pragma once

#include "MessageLabel.h"

#include <QBoxLayout>
#include <QString>

#include <functional>
#include <utility>

namespace acta::gui {

// The last message a view showed, kept as the way to word it rather than as words: on a language
// switch retranslate() words it again in the new language. What came from elsewhere already
// worded (a refusal of the store) is captured as it is and only the view's own sentence around it
// changes language.
class RetranslatedMessage
{
public:
    explicit RetranslatedMessage(MessageLabel *label)
        : m_label(label)
    { }

    // A panel's message line: wraps, hidden while empty, added at the end of layout.
    static MessageLabel *addLabel(QWidget *parent, QBoxLayout *layout, const QString &objectName)
    {
        auto *label = new MessageLabel(parent);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setHiddenWhenEmpty(true);
        layout->addWidget(label);
        return label;
    }

    void show(MessageLabel::Kind kind, std::function<QString()> text)
    {
        m_kind = kind;
        m_text = std::move(text);
        retranslate();
    }
    void error(std::function<QString()> text) { show(MessageLabel::Kind::Error, std::move(text)); }
    void success(std::function<QString()> text) { show(MessageLabel::Kind::Success, std::move(text)); }
    void info(std::function<QString()> text) { show(MessageLabel::Kind::Info, std::move(text)); }
    void clear()
    {
        m_text = nullptr;
        m_label->clearMessage();
    }
    void retranslate()
    {
        if (m_text)
            m_label->show(m_kind, m_text());
    }
    QString text() const { return m_label->text(); }
    MessageLabel::Kind kind() const { return m_label->kind(); }

private:
    MessageLabel *m_label;
    MessageLabel::Kind m_kind = MessageLabel::Kind::Info;
    std::function<QString()> m_text;
};

} // namespace acta::gui
