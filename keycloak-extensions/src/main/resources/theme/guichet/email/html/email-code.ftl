<#-- Sent by the guichet-email-code authenticator with the attributes code and validityMinutes. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("emailCodeIntro", realmName)}</p>
<#-- dir="ltr": the digits must read in order even inside a right-to-left (Arabic) mail. -->
<p dir="ltr" style="font-family: monospace; font-size: 28px; font-weight: bold; letter-spacing: 6px;">${code}</p>
<p>${msg("emailCodeValidity", validityMinutes)}</p>
<p>${msg("emailCodeIgnore")}</p>
</@layout.emailLayout>
