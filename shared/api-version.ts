/** The apiVersion stamped on every object the plugin prints with `-o json|yaml`. */
export const API_VERSION = 'imagepull.kubectl.dev/v1alpha1';
