import "server-only";
import {
  Body,
  Button,
  Container,
  Head,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";

export interface EmailLayoutProps {
  locale: Locale;
  greeting: string;
  body: string;
  footer: string;
  /** A list after the body (a digest's items), each with its own link. */
  items?: { title: string; text: string; link: string }[];
  /** The button, shown only with a link. */
  action?: { label: string; href: string };
  unsubscribe?: { label: string; href: string };
}

const muted = { color: "#64748b", fontSize: "12px", lineHeight: "18px" };

/**
 * The house layout of every email (account mail and notifications alike), as react-email
 * components: one template for the HTML and, through its text conversion, the plain text.
 * `data-skip-in-text` keeps what only the HTML needs (the brand line, the link spelled out
 * under the button) out of the text, whose button already reads "label link".
 */
export function EmailLayout({
  locale,
  greeting,
  body,
  footer,
  items = [],
  action,
  unsubscribe,
}: EmailLayoutProps) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{body}</Preview>
      <Body style={{ backgroundColor: "#ffffff", fontFamily: "sans-serif", color: "#0f172a" }}>
        <Container style={{ maxWidth: "560px", padding: "24px" }}>
          <Text
            data-skip-in-text="true"
            style={{ fontSize: "18px", fontWeight: "bold", color: "#1a3fb0" }}
          >
            智配 Zhipei
          </Text>
          <Text>{greeting}</Text>
          <Text>{body}</Text>
          {items.map((item) => (
            <Section key={item.link} style={{ margin: "12px 0" }}>
              <Link href={item.link} style={{ color: "#1d4fd8" }}>
                {item.title}
              </Link>
              <Text style={{ color: "#334155", margin: "4px 0 0" }}>{item.text}</Text>
            </Section>
          ))}
          {action && (
            <Section style={{ margin: "24px 0" }}>
              <Button
                href={action.href}
                style={{
                  backgroundColor: "#1d4fd8",
                  color: "#ffffff",
                  padding: "10px 18px",
                  borderRadius: "6px",
                }}
              >
                {action.label}
              </Button>
              <Text data-skip-in-text="true" style={muted}>
                {action.href}
              </Text>
            </Section>
          )}
          <Hr style={{ borderColor: "#e2e8f0" }} />
          <Text style={muted}>{footer}</Text>
          {unsubscribe && (
            <Text style={muted}>
              <Link href={unsubscribe.href} style={{ color: "#475569" }}>
                {unsubscribe.label}
              </Link>
            </Text>
          )}
        </Container>
      </Body>
    </Html>
  );
}
