<#-- The second step of a login: the six-digit code mailed by the guichet-email-code authenticator. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('emailCode'); section>
<!-- template: login-email-code.ftl -->
    <#if section="header">
        ${msg("emailCodeTitle")}
    <#elseif section="form">
        <#-- U+2068/U+2069 isolate the (left-to-right) address, so an Arabic sentence keeps its punctuation in place. -->
        <p id="kc-email-code-instruction" class="${properties.kcContentWrapperClass!}">
            ${msg("emailCodeInstruction", "\x2068" + emailCodeAddress + "\x2069", emailCodeMinutes)}
        </p>
        <form id="kc-email-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
              novalidate="novalidate">
            <#assign codeError=messagesPerField.get('emailCode')>
            <@field.group name="emailCode" label=msg("emailCodeLabel") error=codeError>
                <span class="${properties.kcInputClass} <#if codeError?has_content>${properties.kcError}</#if>">
                    <#-- one-time-code lets phones offer the code from the mail; numeric brings up the digit pad. -->
                    <input id="emailCode" name="emailCode" type="text" autocomplete="one-time-code"
                           inputmode="numeric" spellcheck="false" autofocus
                           aria-describedby="kc-email-code-instruction"
                           aria-invalid="<#if codeError?has_content>true</#if>"/>
                    <@field.errorIcon error=codeError/>
                </span>
            </@field.group>

            <@buttons.actionGroup>
                <#-- First submit button of the form: pressing Enter in the field checks the code. -->
                <@buttons.button id="kc-login" name="login" label="emailCodeSubmit"/>
                <@buttons.button id="kc-email-code-resend" name="resend" label="emailCodeResend" type="secondary"/>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
